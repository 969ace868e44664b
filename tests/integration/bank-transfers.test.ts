import { ORDER_PROOF_HEADER, orderProof } from "@ocop/core/order-proof";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sqlOn } from "../../backend/integration-tests/http/db.ts";
import { STAFF } from "../harness/demo.ts";
import { TEST_SEPAY_KEY } from "../harness/test-platform.ts";
import { placeVietQrOrder, type VietQrOrder } from "../harness/vietqr-order.ts";

/**
 * README, "VietQR transfers": SePay's notification of an incoming transfer captures the
 * VietQR order whose reference and amount it carries, once; anything else is kept for staff.
 */
const platform = inject("platform");
const { backendUrl, storefrontUrl, databaseUrl, orderSecret } = platform;
const sql = sqlOn(databaseUrl);
const HOOK = `${backendUrl}/hooks/bank-transfer/sepay`;

let transferIds = Date.now();
/** SePay's JSON for one transfer (developer.sepay.vn, "Tích hợp webhook"). */
const sepayTransfer = (over: Record<string, unknown> = {}) => ({
  id: ++transferIds,
  gateway: "Vietcombank",
  transactionDate: "2026-12-05 10:15:00",
  accountNumber: "1234567890",
  code: null,
  content: "chuyen tien",
  transferType: "in",
  transferAmount: 1000,
  accumulated: 50_000_000,
  subAccount: null,
  referenceCode: `FT26339${transferIds}`,
  description: "",
  ...over,
});

async function notify(body: unknown, authorization: string | null = `Apikey ${TEST_SEPAY_KEY}`) {
  const response = await fetch(HOOK, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const paid = async (order: VietQrOrder) => {
  const response = await fetch(`${backendUrl}/store/ocop/orders/${order.id}/payment`, {
    headers: { "x-publishable-api-key": platform.publishableKey, [ORDER_PROOF_HEADER]: orderProof(orderSecret, order.id) },
  });
  return (await response.json()).payment.paid as boolean;
};
const captures = async (order: VietQrOrder) =>
  Number(
    (
      await sql<{ n: string }>(
        `select count(*) as n from capture c join payment p on p.id = c.payment_id
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id where opc.order_id = $1`,
        [order.id],
      )
    )[0]?.n,
  );
const recorded = async () => Number((await sql<{ n: string }>("select count(*) as n from bank_transfer"))[0]?.n);

async function staffToken(): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(STAFF) });
  return (await response.json()).token;
}
async function staffQueue(token: string) {
  const response = await fetch(`${backendUrl}/admin/bank-transfers`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()).transfers as { id: string; order_display_id: number | null; amount: number; outcome: string }[];
}

let exact: VietQrOrder;
let short: VietQrOrder;
beforeAll(async () => {
  exact = await placeVietQrOrder(platform, "sepay-exact@example.vn");
  short = await placeVietQrOrder(platform, "sepay-short@example.vn");
});

describe("POST /hooks/bank-transfer/sepay", () => {
  it("refuses a wrong, missing or non-Apikey credential with 401 and changes nothing", async () => {
    const before = await recorded();
    const body = sepayTransfer({ content: `${exact.reference} mua mien`, transferAmount: exact.amount });
    for (const authorization of ["Apikey wrong-key-wrong-key-wrong", null, `Bearer ${TEST_SEPAY_KEY}`, `Apikey ${TEST_SEPAY_KEY}x`]) {
      expect((await notify(body, authorization)).status, String(authorization)).toBe(401);
    }
    expect(await paid(exact)).toBe(false);
    expect(await recorded()).toBe(before);
  });

  it("answers a malformed body or missing fields with 400 naming the problem, and changes nothing", async () => {
    const before = await recorded();
    const broken = await notify('{"id": 1, "transferType": "in",');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBeTruthy();
    const { transferAmount: _, ...noAmount } = sepayTransfer({ content: exact.reference });
    const missing = await notify(noAmount);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/transferAmount/);
    const wrongType = await notify(sepayTransfer({ content: exact.reference, transferAmount: exact.amount, transferType: "sideways" }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.message).toMatch(/transferType/);
    expect((await notify([])).status).toBe(400);
    expect(await paid(exact)).toBe(false);
    expect(await recorded()).toBe(before);
  });

  it("captures the order whose reference and amount a transfer carries, once: a replay changes nothing", async () => {
    const body = sepayTransfer({ content: `CT DEN:0123 ${exact.reference.toLowerCase()} thanh toan`, transferAmount: exact.amount });
    const first = await notify(body);
    expect(first).toEqual({ status: 200, body: { success: true, outcome: "captured" } });
    expect(await paid(exact)).toBe(true);
    expect(await captures(exact)).toBe(1);
    const replay = await notify(body);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ success: true, duplicate: true });
    expect(await captures(exact)).toBe(1);
    const rows = await sql<{ n: string }>("select count(*) as n from bank_transfer where transfer_id = $1", [String(body.id)]);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("captures nothing for a wrong amount, an outgoing or an unmatched transfer; staff see the wrong amount and mark it handled", async () => {
    const partial = sepayTransfer({ content: `${short.reference} tra truoc`, transferAmount: short.amount - 1000 });
    expect((await notify(partial)).body).toEqual({ success: true, outcome: "partial" });
    const outgoing = sepayTransfer({ content: short.reference, transferAmount: short.amount, transferType: "out" });
    expect((await notify(outgoing)).body).toEqual({ success: true, outcome: "outgoing" });
    const stray = sepayTransfer({ content: "ung ho quy", transferAmount: 77_000 });
    expect((await notify(stray)).body).toEqual({ success: true, outcome: "unmatched" });
    expect(await paid(short)).toBe(false);
    expect(await captures(short)).toBe(0);

    const token = await staffToken();
    const queue = await staffQueue(token);
    const listed = queue.find((t) => t.order_display_id === short.displayId);
    expect(listed).toMatchObject({ outcome: "partial", amount: short.amount - 1000 });
    expect(queue.some((t) => t.outcome === "unmatched" && t.amount === 77_000)).toBe(true);
    expect(queue.some((t) => t.outcome === "outgoing" || t.outcome === "captured")).toBe(false);

    const handled = await fetch(`${backendUrl}/admin/bank-transfers/${listed?.id}/handled`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    expect(handled.status).toBe(200);
    expect((await staffQueue(token)).some((t) => t.id === listed?.id)).toBe(false);
    const unknown = await fetch(`${backendUrl}/admin/bank-transfers/btr_unknown/handled`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    expect(unknown.status).toBe(404);
  });

  it("is not open to buyers or the public: the staff queue needs a staff login", async () => {
    expect((await fetch(`${backendUrl}/admin/bank-transfers`)).status).toBe(401);
  });
});

describe("GET /orders/:id/qr.png", () => {
  it("downloads the order's QR as a PNG that decodes to the same VietQR payload", async () => {
    const response = await fetch(`${storefrontUrl}/orders/${short.id}/qr.png`, { headers: { cookie: `${short.cookie.name}=${short.cookie.value}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="vietqr-${short.displayId}\\.png"$`));
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(short.payload);
    expect(short.payload).toContain(short.reference);
  });

  it("is 404 for another device, as the confirmation page is", async () => {
    const response = await fetch(`${storefrontUrl}/orders/${short.id}/qr.png`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toBe("image/png");
  });
});
