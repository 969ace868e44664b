import type { CreateLivestreamBody, LivestreamRecord, Phase, Wire } from "@ocop/core";
import type { FormBody } from "../../lib/medusa/admin.server.ts";
import { defined, formText, fromVietnamInput, optionalText } from "../staff/form.ts";

/** A livestream as the Admin API gives it to staff (with its click-through count, and its phase in lists). */
export type AdminLivestream = Wire<LivestreamRecord> & { phase?: Phase };

/** The Admin API body for the /staff livestream form. */
export function livestreamBody(form: FormData, creating: boolean): FormBody<CreateLivestreamBody> {
  return defined({
    title_vi: formText(form, "title_vi"),
    title_en: optionalText(form, "title_en", creating),
    slug: formText(form, "slug") || undefined,
    platform: formText(form, "platform"),
    url: formText(form, "url"),
    host: formText(form, "host"),
    starts_at: fromVietnamInput(formText(form, "starts_at")),
    ends_at: fromVietnamInput(formText(form, "ends_at")),
    product_ids: form.getAll("product_ids").map(String),
    replay_url: optionalText(form, "replay_url", creating),
  });
}
