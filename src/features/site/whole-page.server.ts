import { type Locale, localePath, t } from "../i18n/messages.ts";
import { plainPage } from "./plain-page.ts";

/**
 * An HTML answer read whole before it leaves, so that a page failing half-way
 * becomes a proper 500 page. Astro streams a page as it renders: its status
 * and headers go out with the first bytes, so an error thrown further down (a
 * component given data it cannot show) cannot change them, and the node adapter
 * then writes "Internal server error" into the 200 and drops the connection,
 * on which a browser waits for the rest. Pages are a few tens of KB, and those
 * the page cache keeps are read whole anyway.
 */
export async function wholePage(response: Response, locale: Locale): Promise<Response> {
  if (!response.body || !(response.headers.get("content-type") ?? "").startsWith("text/html")) return response;
  try {
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    console.error("A page failed while rendering:", error);
    return plainPage({
      locale,
      status: 500,
      title: t(locale, "error.renderTitle"),
      message: t(locale, "error.render"),
      link: { href: localePath(locale, "/"), text: t(locale, "request.home") },
    });
  }
}
