import { type CreateLotBody, LOT_TEXT_FACTS, type NewProducerProductBody, type ProducerProductBody, type ProducerProfileBody, UNITS, type Unit } from "@ocop/core";

/**
 * The producer portal's forms read into the /producer API's bodies. Values
 * are passed on as typed where the backend checks them (its 400 names the
 * field); only what the API cannot take at all is refused here.
 */

const reader = (form: FormData) => (name: string) => String(form.get(name) ?? "").trim();
/** A number field; blank is NaN, which the backend names. */
const numberOf = (text: string) => (text === "" ? Number.NaN : Number(text));
const unitOr = (value: string, fallback: Unit): Unit => (Object.hasOwn(UNITS, value) ? (value as Unit) : fallback);

/** The new-lot form: the variant select holds "productId|variantId". */
export function newLotBody(form: FormData): CreateLotBody {
  const value = reader(form);
  const [productId = "", variantId] = value("variant").split("|");
  const optional = (name: string) => value(name) || undefined;
  const body: CreateLotBody = {
    product_id: productId,
    code: value("code"),
    quantity: Number(value("quantity")),
    unit: unitOr(value("unit"), "KGM"),
    serial_count: Number(value("serial_count") || "0"),
  };
  const extra = {
    variant_id: variantId || undefined,
    ...Object.fromEntries(LOT_TEXT_FACTS.map((fact) => [fact, optional(fact)])),
    harvested_at: optional("harvested_at"),
    produced_at: optional("produced_at"),
    packed_at: optional("packed_at"),
    expires_at: optional("expires_at"),
  };
  for (const [key, v] of Object.entries(extra)) if (v !== undefined) Object.assign(body, { [key]: v });
  return body;
}

/** The edit form of a product: texts present in the form, and each variant's price (and stock, where it is tracked). */
export function productEditBody(form: FormData): ProducerProductBody {
  const text = (name: string) => (form.has(name) ? String(form.get(name)) : undefined);
  const variantIds = [...new Set([...form.keys()].filter((k) => k.startsWith("price_")).map((k) => k.slice("price_".length)))];
  const body: ProducerProductBody = {
    variants: variantIds.map((id) => ({
      id,
      price_vnd: Number(form.get(`price_${id}`)),
      ...(form.has(`stock_${id}`) ? { stock: Number(form.get(`stock_${id}`)) } : {}),
      ...(form.has(`title_en_${id}`) ? { title_en: String(form.get(`title_en_${id}`)).trim() } : {}),
    })),
  };
  for (const name of ["title", "description", "title_en", "description_en", "story_vi", "story_en"] as const) {
    const value = text(name);
    if (value !== undefined) body[name] = value;
  }
  return body;
}

/** The new-product form. */
export function newProductBody(form: FormData): NewProducerProductBody {
  const value = (name: string) => String(form.get(name) ?? "");
  return {
    title: value("title"),
    description: value("description"),
    product_set: value("product_set"),
    variant_title: value("variant_title"),
    price_vnd: numberOf(value("price_vnd")),
    stock: numberOf(value("stock")),
  };
}

/** The profile form; a phone is sent without its spaces and dots, and left out when blank. */
export function profileBody(form: FormData): ProducerProfileBody {
  const value = (name: string) => String(form.get(name) ?? "");
  const phone = value("phone").replace(/[\s.]/g, "");
  return {
    legal_name: value("legal_name"),
    legal_name_en: value("legal_name_en"),
    ...(phone ? { phone } : {}),
    address: value("address"),
    gln: value("gln").replace(/\s/g, ""),
    story_vi: value("story_vi"),
    story_en: value("story_en"),
  };
}
