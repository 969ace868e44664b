import { defined, formText, optionalNumber, optionalText } from "../staff/form.ts";

/** A showroom as the Admin API gives it to staff. */
export type AdminShowroom = {
  id: string; handle: string; name: string; name_en: string | null; address: string; place_handle: string | null
  opening_hours: string; opening_hours_en: string | null; phone: string | null; lat: number | null; lng: number | null
  product_ids: string[]; sample: boolean
};

/** The Admin API body for the /staff showroom form. */
export function showroomBody(form: FormData, creating: boolean): Record<string, unknown> {
  return defined({
    name: formText(form, "name"),
    name_en: optionalText(form, "name_en", creating),
    handle: optionalText(form, "handle", true),
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
