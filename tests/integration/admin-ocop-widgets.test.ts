import { beforeAll, describe, expect, inject, it } from "vitest";

/**
 * README, "Staff tools": the routes behind the Medusa Admin's OCOP widgets. A product's record,
 * certificates with their status and lots with the trace links their labels print; an order's
 * producer lines. Staff only; an unknown id is a 404, never a 5xx.
 */
const { backendUrl, storefrontUrl, publishableKey } = inject("platform");
let token = "";

beforeAll(async () => {
  const auth = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop-demo.vn", password: "ocop-demo-2026" }),
  });
  token = ((await auth.json()) as { token: string }).token;
});

const admin = (path: string, auth = true) => fetch(`${backendUrl}${path}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });

describe("GET /admin/ocop/products/:id", () => {
  it("answers the record, producer, certificates with their status and lots with their trace links", async () => {
    const store = await fetch(`${backendUrl}/store/products?handle=mien-viet-cuong&fields=id`, { headers: { "x-publishable-api-key": publishableKey } });
    const id = ((await store.json()) as { products: { id: string }[] }).products[0]?.id;
    expect(id).toBeTypeOf("string");
    const response = await admin(`/admin/ocop/products/${id}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ocop_product.product_set).toBe("processed-produce");
    expect(body.ocop_product.producer).toMatchObject({ legal_name: "Hợp tác xã Miến Việt Cường", entity_type: "cooperative" });
    expect(body.ocop_product.certificates.map((c: { decision_number: string; status: string }) => [c.decision_number, c.status])).toEqual([
      ["2747/QĐ-BNN-VPĐP", "active"],
      ["3315/QĐ-BNN-VPĐP", "replaced"],
    ]);
    // Other tests add lots to this product, newest first: the seeded one is among them.
    const lot = body.lots.find((l: { code: string }) => l.code === "VCMIEN500-L01");
    expect(lot, body.lots.map((l: { code: string }) => l.code).join(", ")).toBeDefined();
    expect(new URL(lot.trace_url).port).toBe(new URL(storefrontUrl).port);
    const trace = await fetch(lot.trace_url);
    expect(trace.status).toBe(200);
    expect(await trace.text()).toContain("VCMIEN500-L01");
  });

  it("is for staff only and answers 404 for an unknown product", async () => {
    expect((await admin("/admin/ocop/products/prod_none", false)).status).toBe(401);
    expect((await admin("/admin/ocop/products/prod_none")).status).toBe(404);
  });
});

describe("GET /admin/ocop/orders/:id/producers", () => {
  it("is for staff only and answers 404 for an unknown order", async () => {
    expect((await admin("/admin/ocop/orders/order_none/producers", false)).status).toBe(401);
    expect((await admin("/admin/ocop/orders/order_none/producers")).status).toBe(404);
  });
});
