import type { ProducerReview, ProducerReviewStatus, ProducerUserStatus } from "./producer.js";
import type { Instant } from "./wire.js";

/**
 * The trade department's side of the producer portal: accounts
 * (/admin/producer-users) and the review queue (/admin/producer-reviews).
 * Bodies match backend/src/api/admin/producer-users/validators.ts (checked there).
 */

/** GET /admin/producer-users */
export type ListProducerUsersQuery = { status?: ProducerUserStatus };
/** POST /admin/producer-users — invite a person to a producer's portal. */
export type InviteProducerUserBody = { email: string; producer_id: string; first_name: string };
/** GET /admin/producer-reviews (default: open ones) */
export type ListReviewsQuery = { status?: ProducerReviewStatus };
/** POST /admin/producer-reviews/:id/decide */
export type DecideReviewBody = { decision: "approve" | "reject"; reason?: string };

export type ProducerUserRecord = {
  id: string;
  email: string;
  first_name: string;
  last_name: string | null;
  phone: string | null;
  producer_id: string;
  status: ProducerUserStatus;
  message: string | null;
  approved_at: Instant | null;
  created_at: Instant;
};
export type ProducerUserSummary = { id: string; email: string; status: ProducerUserStatus };

/** GET /admin/producer-users */
export type ProducerUsersResponse = { producer_users: ProducerUserRecord[] };
/** POST /admin/producer-users (201) — the invitation link is also returned, for staff to pass on. */
export type InviteProducerUserResponse = { producer_user: ProducerUserSummary; invite_url: string };
/** POST /admin/producer-users/:id/resend (a new link, the old one no longer works) */
export type ResendInviteResponse = InviteProducerUserResponse;
/** POST /admin/producer-users/:id/revoke — an invitation withdrawn (the account is removed) */
export type RevokeInviteResponse = { id: string; deleted: true };
/** GET /admin/ocop/producers — every producer, by name, for the staff's pickers. */
export type AdminProducersResponse = { producers: { id: string; handle: string; legal_name: string }[] };
/** POST /admin/producer-users/:id/approve */
export type ApproveProducerUserResponse = { producer_user: ProducerUserSummary };
/** GET /admin/producer-reviews */
export type ProducerReviewsResponse = { reviews: ProducerReview[] };
/** POST /admin/producer-reviews/:id/decide */
export type DecideReviewResponse = { review: ProducerReview };
