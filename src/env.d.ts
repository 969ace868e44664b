declare namespace App {
  interface Locals {
    /** Set by the 404 page when it answered a resolver path (see src/middleware.ts). */
    resolverStatus?: number;
  }
}
