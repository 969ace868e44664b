/** Medusa's rule for a campaign's window: starts_at ≤ now < ends_at, an open start or end counting as always. */
export function runningAt(campaign: { starts_at: string | null; ends_at: string | null }, now: Date): boolean {
  return (!campaign.starts_at || new Date(campaign.starts_at) <= now) && (!campaign.ends_at || now < new Date(campaign.ends_at));
}
