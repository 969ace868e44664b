import { createHash, randomBytes } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../config/env"

/** How long an invitation link works. */
export const INVITE_DAYS = 14

/** A new invitation token: the link's secret, the hash kept in the database, and when it stops working. */
export function newInvite(): { token: string; invite_token_hash: string; invite_expires_at: Date } {
  const token = randomBytes(24).toString("base64url")
  return { token, invite_token_hash: createHash("sha256").update(token).digest("hex"), invite_expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000) }
}

/** Sends the invitation link through the notification module and returns it, for staff to pass on themselves. */
export async function sendInvite(scope: MedusaContainer, to: string, producer: string, token: string): Promise<string> {
  const url = `${readBackendEnv(process.env).PUBLIC_SITE_URL.replace(/\/+$/, "")}/producer/register?invite=${token}`
  await scope.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: "producer-invite",
    data: { producer, url, expires_days: INVITE_DAYS },
  })
  return url
}
