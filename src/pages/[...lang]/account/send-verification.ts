import type { APIRoute } from "astro";
import { localePath } from "../../../features/i18n/messages.ts";
import { sendEmailVerification } from "../../../features/orders/status.server.ts";

/** POST /account/send-verification — e-mails the customer a link proving their e-mail, then back to the account, which says so. */
export const POST: APIRoute = async ({ locals, redirect, rewrite }) => {
  const session = locals.customer;
  if (!session) return rewrite("/404");
  await sendEmailVerification(session.token, session.locale);
  return redirect(`${localePath(session.locale, "/account")}?sent=1`, 303);
};
