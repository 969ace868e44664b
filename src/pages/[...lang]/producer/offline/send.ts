import type { APIRoute } from "astro";
import { sendKept } from "../../../../features/producer/offline/send.server.ts";

/** POST /producer/offline/send — one record a phone kept while offline (features/producer/offline). JSON answer; the portal's guard stands before it. */
export const POST: APIRoute = async ({ locals, request }) => {
  const session = locals.producer;
  if (!session) return new Response(null, { status: 404 });
  const sent = await sendKept(await request.formData(), session.token, session.locale);
  return Response.json(sent.body, { status: sent.status, headers: { "Cache-Control": "private, no-store" } });
};
