import QRCode from "qrcode";

/**
 * The VietQR code as a PNG file a banking app can read from the photo gallery:
 * drawn from the same payload, error-correction level and margin as the SVG
 * on the confirmation page (orders/order.server.ts), only larger.
 */
export const vietQrPng = (payload: string): Promise<Buffer> => QRCode.toBuffer(payload, { type: "png", errorCorrectionLevel: "M", margin: 4, width: 600 });
