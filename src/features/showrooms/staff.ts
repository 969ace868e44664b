import type { CreateShowroomBody, ShowroomRecord } from "@ocop/core";
import type { FormBody } from "../../lib/medusa/admin.server.ts";
import { defined, formText, optionalNumber, optionalText } from "../staff/form.ts";

/** A showroom as the Admin API gives it to staff. */
export type AdminShowroom = ShowroomRecord;

/** The Admin API body for the /staff showroom form. */
export function showroomBody(form: FormData, creating: boolean): FormBody<CreateShowroomBody> {
  return defined({
    name: formText(form, "name"),
    name_en: optionalText(form, "name_en", creating),
    handle: formText(form, "handle") || undefined,
    address: formText(form, "address"),
    place_handle: optionalText(form, "place_handle", creating),
    opening_hours: formText(form, "opening_hours"),
    opening_hours_en: optionalText(form, "opening_hours_en", creating),
    phone: optionalText(form, "phone", creating),
    lat: optionalNumber(form, "lat", creating),
    lng: optionalNumber(form, "lng", creating),
    product_ids: form.getAll("product_ids").map(String),
  });
}
