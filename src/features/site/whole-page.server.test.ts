import { describe, expect, it } from "vitest";
import { wholePage } from "./whole-page.server.ts";

/** An HTML answer whose body gives `first`, then fails as a component throwing mid-render does. */
function failingPage(first: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
    },
    pull(controller) {
      controller.error(new RangeError("Invalid time value"));
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "text/html" } });
}

describe("wholePage", () => {
  it("turns a page that fails half-way into a whole 500 page in the page's language", async () => {
    const answer = await wholePage(failingPage("<!doctype html><html><body><h1>Giỏ hàng</h1>"), "en");
    expect(answer.status).toBe(500);
    const page = await answer.text();
    expect(page).toContain("Something went wrong");
    expect(page.trimEnd()).toMatch(/<\/html>$/);
    expect(page).not.toContain("Giỏ hàng");
  });

  it("keeps a page that renders whole as it is", async () => {
    const answer = await wholePage(new Response("<p>ok</p>", { status: 404, headers: { "content-type": "text/html; charset=utf-8", "x-kept": "1" } }), "vi");
    expect(answer.status).toBe(404);
    expect(answer.headers.get("x-kept")).toBe("1");
    expect(await answer.text()).toBe("<p>ok</p>");
  });

  it("leaves answers that are not HTML streaming", async () => {
    const csv = new Response("a,b\n", { headers: { "content-type": "text/csv" } });
    expect(await wholePage(csv, "vi")).toBe(csv);
  });
});
