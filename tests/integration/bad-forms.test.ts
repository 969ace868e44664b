import http from "node:http";
import { describe, expect, inject, it } from "vitest";

/**
 * A form body the storefront cannot read, of the wrong kind or too big, gets a
 * 400 or 413 page in the user's language before any page runs, never a 5xx,
 * and changes nothing (README, "Security").
 */
const { storefrontUrl } = inject("platform");

/** Every page that takes a form, in both languages' forms. */
const FORM_PAGES = [
  "/account/login",
  "/account/register",
  "/account/logout",
  "/cart",
  "/checkout",
  "/producer/login",
  "/producer/register",
  "/producer/forgot-password",
  "/producer/reset-password?token=x",
  "/producer/logout",
  "/producer/products",
  "/producer/products/prod_x",
  "/producer/lots",
  "/producer/lots/lot_x",
  "/producer/orders",
  "/producer/profile",
  "/staff/login",
  "/staff/logout",
  "/staff/certificates",
  "/staff/certificates/revoke?id=cert_x",
  "/staff/campaigns",
  "/staff/reviews",
  "/staff/producers",
  "/staff/livestreams/ls_x",
  "/staff/showrooms/sr_x",
];

function post(path: string, body: BodyInit, contentType: string | null) {
  return fetch(`${storefrontUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: storefrontUrl, ...(contentType ? { "content-type": contentType } : {}) },
    body,
  });
}

const BROKEN_MULTIPART = '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nno closing boundary';

describe("a form the page cannot read", () => {
  it.each(FORM_PAGES)("POST %s with a broken multipart body: a 400 page that says so (Vietnamese)", async (path) => {
    const response = await post(path, BROKEN_MULTIPART, "multipart/form-data; boundary=xyz");
    const page = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain("Không đọc được biểu mẫu bạn gửi");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it.each(FORM_PAGES.map((p) => `/en${p}`))("POST %s with a broken multipart body: the same in English", async (path) => {
    const response = await post(path, BROKEN_MULTIPART, "multipart/form-data; boundary=xyz");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The form you sent could not be read");
  });

  it.each([
    ["multipart without a boundary", "a=1", "multipart/form-data"],
    ["plain text", "email=a@b.vn", "text/plain"],
    ["JSON", '{"email":"a@b.vn"}', "application/json"],
    ["no content type", "email=a@b.vn", null],
    ["a NUL in a field", "email=a%00b%40example.vn&password=x", "application/x-www-form-urlencoded"],
  ])("%s: 400", async (_, body, type) => {
    for (const path of ["/account/login", "/cart", "/en/producer/lots"]) {
      const response = await post(path, body, type);
      await response.arrayBuffer();
      expect(response.status, path).toBe(400);
    }
  });

  it("still takes a well-formed form as before", async () => {
    const response = await post("/account/login", new URLSearchParams({ email: "nobody@example.vn", password: "wrong-password-1" }), "application/x-www-form-urlencoded");
    await response.arrayBuffer();
    expect(response.status).toBe(401);
  });
});

describe("a NUL in the address", () => {
  it.each(["/cart?x=%00", "/account/login%00", "/en/products?group=%00", "/producer/login?next=%00", "/orders/%00"])("GET %s: 400", async (path) => {
    const response = await fetch(`${storefrontUrl}${path}`, { redirect: "manual" });
    const page = await response.text();
    expect(response.status).toBe(400);
    expect(page).toMatch(/ký tự không hợp lệ \(NUL\)|invalid character \(NUL\)/);
  });
});

/** A raw request, so a test controls what is sent and when: `send` writes the body and resolves with the answer. */
function rawPost(path: string, headers: Record<string, string>, send: (request: http.ClientRequest, answered: () => boolean) => Promise<void>) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    const url = new URL(path, storefrontUrl);
    let sent = 0;
    let answered = false;
    const request = http.request(url, { method: "POST", headers: { origin: storefrontUrl, ...headers } }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, sent }));
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const write = request.write.bind(request);
    request.write = ((chunk: Buffer, ...rest: never[]) => {
      sent += chunk.length;
      return write(chunk, ...rest);
    }) as typeof request.write;
    send(request, () => answered).catch(reject);
  });
}

describe("a body over its limit", () => {
  it("is refused by its declared length before it is sent (413)", async () => {
    const answer = await rawPost("/account/login", { "content-type": "application/x-www-form-urlencoded", "content-length": String(30 * 1024 * 1024) }, async (request) => {
      request.write(Buffer.from("email=a%40b.vn&password="));
      // The rest is never sent: the answer must come without it.
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Dữ liệu gửi lên quá lớn");
  });

  it("is refused while it streams when it declares no length (chunked), before all of it is sent", async () => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    const answer = await rawPost("/en/cart", { "content-type": "application/x-www-form-urlencoded" }, async (request, answered) => {
      request.write(Buffer.from("intent=add&note="));
      // Up to 30 MB, waiting for each chunk to leave, until the storefront answers.
      for (let i = 0; i < 480 && !answered(); i++) {
        if (!request.write(chunk)) await new Promise((r) => request.once("drain", r));
      }
      if (!answered()) request.end();
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Too much data sent");
    expect(answer.sent).toBeLessThan(30 * 1024 * 1024);
  });

  it("leaves the photo form (a file upload) a larger allowance than plain forms", async () => {
    const boundary = "photo-boundary";
    const photo = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nphoto\r\n--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      Buffer.alloc(2 * 1024 * 1024, 1),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const type = `multipart/form-data; boundary=${boundary}`;
    const upload = await post("/producer/products/prod_x", photo, type);
    await upload.arrayBuffer();
    expect(upload.status, "2 MB photo").not.toBe(413);
    expect(upload.status).toBeLessThan(500);
    const form = await post("/producer/lots", photo, type);
    await form.arrayBuffer();
    expect(form.status, "2 MB to a plain form").toBe(413);
  });
});
