import type { ProducerMeResponse, Wire } from "@ocop/core";
import type { StaffUser } from "../../lib/medusa/admin.server.ts";
import type { Customer } from "../account/session.server.ts";
import type { Locale } from "../i18n/messages.ts";

/** What the guard (guard.server.ts) gives a page of each area in Astro.locals: its language, the token for the backend, and who is logged in. */
export type ProducerSession = { locale: Locale; token: string; me: Wire<ProducerMeResponse> };
export type StaffSession = { locale: Locale; token: string; user: StaffUser };
export type CustomerSession = { locale: Locale; token: string; customer: Customer };
