import type { AstroCookies } from "astro";
import { staffApi } from "../staff/session.server.ts";
import type { Dashboard, Kpi, Period } from "./program.ts";

type Count<K extends string, V> = { [key in K]: V } & { count: number };
type AdminDashboard = {
  period: Period;
  plan_period: Period;
  computed_at: string;
  certified: { products: number; by_stars: Count<"stars", number>[]; by_group: Count<"group", string>[] };
  five_star: number;
  in_period: { new_products: number; still_certified: number; by_stars: Count<"stars", number>[]; certificates_issued: number };
  plan: { new_products: number; new_five_star: number; rated_before: number; upgraded: number };
  entities: {
    registered: number; ocop: number; by_type: Dashboard["entities"]["byType"]; women_led: number; ethnic_minority_led: number;
    circular_green: number; modern_channels: number; selling_on_platform: number;
  };
  kpis: Kpi[];
};

/** The program dashboard for a period, as the logged-in staff member (GET /admin/ocop/dashboard). */
export async function retrieveDashboard(cookies: AstroCookies, query: string): Promise<Dashboard> {
  const { dashboard: d } = await staffApi<{ dashboard: AdminDashboard }>(cookies, `/admin/ocop/dashboard${query}`);
  return {
    period: d.period,
    planPeriod: d.plan_period,
    computedAt: new Date(d.computed_at),
    certified: { products: d.certified.products, byStars: d.certified.by_stars, byGroup: d.certified.by_group },
    fiveStar: d.five_star,
    inPeriod: { newProducts: d.in_period.new_products, stillCertified: d.in_period.still_certified, byStars: d.in_period.by_stars, certificatesIssued: d.in_period.certificates_issued },
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
