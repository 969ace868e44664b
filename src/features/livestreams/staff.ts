import type { Phase, Platform } from "./livestream.ts";
import { defined, formText, fromVietnamInput, optionalText } from "../staff/form.ts";

/** A livestream as the Admin API gives it to staff (with its click-through count). */
export type AdminLivestream = {
  id: string; slug: string; title_vi: string; title_en: string | null; platform: Platform; url: string; host: string
  starts_at: string; ends_at: string; product_ids: string[]; replay_url: string | null; click_count: number; phase?: Phase
};

/** The Admin API body for the /staff livestream form. */
export function livestreamBody(form: FormData, creating: boolean): Record<string, unknown> {
  return defined({
    title_vi: formText(form, "title_vi"),
    title_en: optionalText(form, "title_en", creating),
    slug: optionalText(form, "slug", true),
    platform: formText(form, "platform"),
    url: formText(form, "url"),
    host: formText(form, "host"),
    starts_at: fromVietnamInput(formText(form, "starts_at")),
    ends_at: fromVietnamInput(formText(form, "ends_at")),
    product_ids: form.getAll("product_ids").map(String),
    replay_url: optionalText(form, "replay_url", creating),
  });
}
