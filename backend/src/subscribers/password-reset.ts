import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "../config/env"

/**
 * Medusa's reset-password route emits this with a short-lived token; the
 * person gets a link to the storefront page that sets the new password.
 * Producers reset through the portal; other actors have no page yet.
 */
export default async function passwordReset({ event, container }: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  if (event.data.actor_type !== "producer") return
  const site = readBackendEnv(process.env).PUBLIC_SITE_URL.replace(/\/+$/, "")
  const url = `${site}/producer/reset-password?token=${encodeURIComponent(event.data.token)}&email=${encodeURIComponent(event.data.entity_id)}`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: event.data.entity_id,
    channel: "email",
    template: "producer-password-reset",
    data: { url },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
