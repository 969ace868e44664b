import type { BackendEnv } from "../../../config/env"

/** One transfer as every notification service's adapter reshapes it: our own type, never the service's raw shape. */
export type IncomingTransfer = {
  /** The service's own id for the transfer: each is processed once. */
  id: string
  direction: "in" | "out"
  /** Whole đồng. */
  amount: number
  /** The text the payer typed (where our reference is). */
  content: string
  accountNumber: string | null
  bankReference: string | null
  transactionDate: string | null
}

export type Authentication = { ok: true } | { ok: false; reason: string }
export type Parsed = { ok: true; transfer: IncomingTransfer } | { ok: false; problems: string[] }

/**
 * A bank-transfer notification service (SePay; Casso would be a second
 * adapter). It checks who is calling, reshapes the body into an
 * IncomingTransfer, and says what answer stops the service from retrying.
 */
export interface BankTransferAdapter {
  /** Its name in the route (/hooks/bank-transfer/:provider) and in our records. */
  readonly provider: string
  authenticate(headers: Record<string, string | string[] | undefined>, env: BackendEnv): Authentication
  parse(body: unknown): Parsed
  /** The 2xx body the service expects, else it retries. */
  readonly acknowledgement: Record<string, unknown>
}
