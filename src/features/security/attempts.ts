/** Who a request is for, as the storefront tells the backend: the visitor's address and browser. */
export type Visitor = { address: string; userAgent: string | null };

/** Refused for too many failures, here or by the backend; `seconds` until the visitor may try again. */
export class TooManyAttempts extends Error {
  constructor(readonly seconds: number) {
    super(`Too many failed attempts; ${seconds} s to wait.`);
    this.name = "TooManyAttempts";
  }
}
