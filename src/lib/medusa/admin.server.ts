import type {
  AdminProducersResponse,
  ApproveProducerUserResponse,
  CampaignPageBody,
  CampaignPageResponse,
  CertificateResponse,
  CreateCertificateBody,
  CreateLivestreamBody,
  CreateShowroomBody,
  DashboardQuery,
  DashboardResponse,
  DecideReviewBody,
  DecideReviewResponse,
  DeletedResponse,
  ImportCertificatesResponse,
  InviteProducerUserBody,
  InviteProducerUserResponse,
  ListCampaignsResponse,
  ListCertificatesResponse,
  ListLivestreamsResponse,
  ListShowroomsResponse,
  LivestreamResponse,
  ProducerReviewsResponse,
  ProducerUsersResponse,
  RenewCertificateBody,
  ResendInviteResponse,
  RevokeInviteResponse,
  ShowroomResponse,
  UpdateLivestreamBody,
  UpdateShowroomBody,
} from "@ocop/core";
import { bearerFetch, bearerFile } from "./bearer.server.ts";

/**
 * The trade department's calls to the Admin API (our /admin/ocop, /admin/livestreams,
 * /admin/showrooms routes, and Medusa's own users and products), with the staff
 * member's token. Types: @ocop/core routes/admin-*.ts.
 */

const id = (value: string) => encodeURIComponent(value);

/**
 * A body read from a staff form: every field the route takes, any of which may
 * still be the text as typed (a number that is not one), so the backend's 400
 * names it rather than the storefront guessing.
 */
export type FormBody<T> = { [K in keyof T]?: T[K] | string };

/** The logged-in staff member (Medusa's GET /admin/users/me). */
export type StaffUser = { id: string; email: string; first_name: string | null };
export async function retrieveStaffUser(token: string): Promise<StaffUser> {
  const { user } = await bearerFetch<{ user: StaffUser }>(token, "/admin/users/me", { query: { fields: "id,email,first_name" } });
  return user;
}

/** A product's id from its handle (or its id); null when there is none (Medusa's GET /admin/products). */
export async function findProductId(token: string, key: string): Promise<string | null> {
  const field = key.startsWith("prod_") ? "id" : "handle";
  const { products } = await bearerFetch<{ products: { id: string }[] }>(token, "/admin/products", { query: { [field]: key, fields: "id", limit: 1 } });
  return products[0]?.id ?? null;
}

export const listCampaigns = (token: string) => bearerFetch<ListCampaignsResponse>(token, "/admin/ocop/campaigns");

export const retrieveProgramDashboard = (token: string, query: Omit<DashboardQuery, "format">) => bearerFetch<DashboardResponse>(token, "/admin/ocop/dashboard", { query });
/** The dashboard as a CSV file. */
export const retrieveProgramDashboardCsv = (token: string, query: Omit<DashboardQuery, "format">) => bearerFile(token, "/admin/ocop/dashboard", { ...query, format: "csv" });

export const listCertificates = (token: string, expiringWithinDays: number) =>
  bearerFetch<ListCertificatesResponse>(token, "/admin/ocop/certificates", { query: { expiring_within_days: expiringWithinDays } });
export const createCertificate = (token: string, body: CreateCertificateBody) => bearerFetch<CertificateResponse>(token, "/admin/ocop/certificates", { body });
export const renewCertificate = (token: string, certificateId: string, body: RenewCertificateBody) =>
  bearerFetch<CertificateResponse>(token, `/admin/ocop/certificates/${id(certificateId)}/renew`, { body });
export const revokeCertificate = (token: string, certificateId: string, reason: string) =>
  bearerFetch<CertificateResponse>(token, `/admin/ocop/certificates/${id(certificateId)}/revoke`, { body: { reason } });
/** Checks (dry run) or imports a decision's CSV; a file that cannot be read is the API's 400. */
export const importCertificates = (token: string, csv: string, dryRun: boolean) =>
  bearerFetch<ImportCertificatesResponse>(token, "/admin/ocop/certificates/import", { body: { csv, dry_run: dryRun } });

export const listLivestreams = (token: string) => bearerFetch<ListLivestreamsResponse>(token, "/admin/livestreams");
export const retrieveLivestream = (token: string, livestreamId: string) => bearerFetch<LivestreamResponse>(token, `/admin/livestreams/${id(livestreamId)}`);
export const createLivestream = (token: string, body: FormBody<CreateLivestreamBody>) => bearerFetch<LivestreamResponse>(token, "/admin/livestreams", { body });
export const updateLivestream = (token: string, livestreamId: string, body: FormBody<UpdateLivestreamBody>) =>
  bearerFetch<LivestreamResponse>(token, `/admin/livestreams/${id(livestreamId)}`, { body });
export const deleteLivestream = (token: string, livestreamId: string) => bearerFetch<DeletedResponse>(token, `/admin/livestreams/${id(livestreamId)}`, { method: "DELETE" });

export const listShowrooms = (token: string) => bearerFetch<ListShowroomsResponse>(token, "/admin/showrooms");
export const retrieveShowroom = (token: string, showroomId: string) => bearerFetch<ShowroomResponse>(token, `/admin/showrooms/${id(showroomId)}`);
export const createShowroom = (token: string, body: FormBody<CreateShowroomBody>) => bearerFetch<ShowroomResponse>(token, "/admin/showrooms", { body });
export const updateShowroom = (token: string, showroomId: string, body: FormBody<UpdateShowroomBody>) =>
  bearerFetch<ShowroomResponse>(token, `/admin/showrooms/${id(showroomId)}`, { body });
export const deleteShowroom = (token: string, showroomId: string) => bearerFetch<DeletedResponse>(token, `/admin/showrooms/${id(showroomId)}`, { method: "DELETE" });

/** Certificates found by product, producer, decision number or id, with the other certificates of the same products. */
export const searchCertificates = (token: string, q: string) => bearerFetch<ListCertificatesResponse>(token, "/admin/ocop/certificates", { query: { q } });

/** Medusa's campaigns (made in the Admin with their promotions), for the campaign-page form. */
export type MedusaCampaign = { id: string; name: string; campaign_identifier: string };
export const listMedusaCampaigns = (token: string) =>
  bearerFetch<{ campaigns: MedusaCampaign[] }>(token, "/admin/campaigns", { query: { fields: "id,name,campaign_identifier", limit: 200, order: "name" } });
export const saveCampaignPage = (token: string, body: FormBody<CampaignPageBody>) => bearerFetch<CampaignPageResponse>(token, "/admin/ocop/campaigns", { body });

export const listProducers = (token: string) => bearerFetch<AdminProducersResponse>(token, "/admin/ocop/producers");
export const listProducerUsers = (token: string) => bearerFetch<ProducerUsersResponse>(token, "/admin/producer-users");
export const inviteProducerUser = (token: string, body: FormBody<InviteProducerUserBody>) => bearerFetch<InviteProducerUserResponse>(token, "/admin/producer-users", { body });
export const resendInvite = (token: string, userId: string) => bearerFetch<ResendInviteResponse>(token, `/admin/producer-users/${id(userId)}/resend`, { body: {} });
export const revokeInvite = (token: string, userId: string) => bearerFetch<RevokeInviteResponse>(token, `/admin/producer-users/${id(userId)}/revoke`, { body: {} });
export const approveProducerUser = (token: string, userId: string) => bearerFetch<ApproveProducerUserResponse>(token, `/admin/producer-users/${id(userId)}/approve`, { body: {} });

export const listReviews = (token: string) => bearerFetch<ProducerReviewsResponse>(token, "/admin/producer-reviews");
export const decideReview = (token: string, reviewId: string, body: DecideReviewBody) =>
  bearerFetch<DecideReviewResponse>(token, `/admin/producer-reviews/${id(reviewId)}/decide`, { body });

/** Every product (drafts too) by id, with its title: for the review queue, which names products not yet published. */
export const listProductTitles = (token: string) =>
  bearerFetch<{ products: { id: string; title: string; handle: string; status: string }[] }>(token, "/admin/products", {
    query: { fields: "id,title,handle,status", limit: 1000 },
  });
