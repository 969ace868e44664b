declare namespace App {
  interface Locals {
    /** Set by the 404 page when it answered a resolver path (see src/middleware.ts). */
    resolverStatus?: number;
    /** Every request to /producer, /staff or /account (and /en/…): its area and language (src/features/session). */
    portal?: { area: import("./features/session/areas.ts").Area; locale: import("./features/i18n/messages.ts").Locale };
    /** A logged-in producer on a guarded /producer page. */
    producer?: import("./features/session/sessions.ts").ProducerSession;
    /** A logged-in staff member on a guarded /staff page. */
    staff?: import("./features/session/sessions.ts").StaffSession;
    /** A logged-in customer on a guarded /account page. */
    customer?: import("./features/session/sessions.ts").CustomerSession;
  }
}
