import type { APIRoute } from "astro";
import { routeLocale } from "../../../../features/i18n/messages.ts";
import { orderForViewer } from "../../../../features/orders/order.server.ts";
import { vietQrPng } from "../../../../features/payments/qr-image.server.ts";

/**
 * GET /orders/:id/qr.png — "Lưu mã QR": the order's VietQR code as a PNG file
 * to open in a banking app. Only for whoever may see the confirmation page
 * (the device that placed the order, or its customer); 404 for anyone else,
 * as for an order paid otherwise.
 */
export const GET: APIRoute = async ({ params, cookies }) => {
  const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  if (routeLocale(params.lang) === null) return notFound();
  const order = await orderForViewer(cookies, params.id ?? "");
  const payload = order?.payment.instructions?.payload;
  if (!order || !payload) return notFound();
  return new Response(new Uint8Array(await vietQrPng(payload)), {
    headers: {
      "content-type": "image/png",
      "content-disposition": `attachment; filename="vietqr-${order.number}.png"`,
      "cache-control": "private, no-store",
    },
  });
};
