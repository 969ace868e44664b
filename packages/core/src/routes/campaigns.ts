import type { IsoDateTime } from "./ocop.js";

/** A campaign's public page with its Medusa campaign's dates and the codes buyers type. */
export type StoreCampaign = {
  id: string;
  slug: string;
  campaign_id: string;
  name: string;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  banner: { vi: string; en: string };
  featured_product_ids: string[];
  starts_at: IsoDateTime | null;
  ends_at: IsoDateTime | null;
  /** Codes buyers type in the cart (automatic promotions need none). */
  codes: string[];
  /** Whether it ran when the answer was made (a cached answer must decide again from the dates). */
  running: boolean;
};

/** GET /store/ocop/campaigns */
export type StoreCampaignsResponse = { campaigns: StoreCampaign[] };

/** GET /store/ocop/campaigns/:slug */
export type StoreCampaignResponse = { campaign: StoreCampaign };
