import { retrieveProgramDashboard } from "../../lib/medusa/admin.server.ts";
import type { Dashboard, Period } from "./program.ts";

/** The program dashboard for a period, as the logged-in staff member (GET /admin/ocop/dashboard). */
export async function retrieveDashboard(token: string, period: Partial<Period>): Promise<Dashboard> {
  const { dashboard: d } = await retrieveProgramDashboard(token, period);
  return {
    period: d.period,
    planPeriod: d.plan_period,
    computedAt: new Date(d.computed_at),
    certified: { products: d.certified.products, byStars: d.certified.by_stars, byGroup: d.certified.by_group },
    fiveStar: d.five_star,
    inPeriod: {
      newProducts: d.in_period.new_products,
      stillCertified: d.in_period.still_certified,
      byStars: d.in_period.by_stars,
      certificatesIssued: d.in_period.certificates_issued,
    },
    plan: { newProducts: d.plan.new_products, newFiveStar: d.plan.new_five_star, ratedBefore: d.plan.rated_before, upgraded: d.plan.upgraded },
    entities: {
      registered: d.entities.registered,
      ocop: d.entities.ocop,
      byType: d.entities.by_type,
      womenLed: d.entities.women_led,
      ethnicMinorityLed: d.entities.ethnic_minority_led,
      circularGreen: d.entities.circular_green,
      modernChannels: d.entities.modern_channels,
      sellingOnPlatform: d.entities.selling_on_platform,
    },
    kpis: d.kpis,
  };
}
