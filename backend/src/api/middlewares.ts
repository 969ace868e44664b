import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { base64BodyLimit, IMAGE_RULES, MULTI_FILE_FORM_MAX_BYTES } from "@ocop/core"
import { cleanMultipartFiles, limitMultipartBody } from "../uploads/multipart"
import { CreateLivestreamBody, UpdateLivestreamBody } from "./admin/livestreams/validators"
import {
  CampaignPageBody,
  CreateCertificateBody,
  DashboardQuery,
  ImportCertificatesBody,
  ListCertificatesQuery,
  RenewCertificateBody,
  RevokeCertificateBody,
  UpsertOcopProductBody,
} from "./admin/ocop/validators"
import { DecideReviewBody, InviteProducerUserBody, ListProducerUsersQuery, ListReviewsQuery } from "./admin/producer-users/validators"
import { CreateShowroomBody, UpdateShowroomBody } from "./admin/showrooms/validators"
import { AppendEventBody, AssignGtinBody, CreateLotBody, GenerateSerialsBody, LabelsQuery, ListGtinsQuery, ListLotsQuery, QrQuery } from "./admin/trace/validators"
import { refuseRevokedTokens, revokeSessionToken } from "./auth/revocation"
import { withFreshTokenIds } from "./auth/token-ids"
import { errorHandler } from "./error-handler"
import { verifyStripeWebhook } from "./hooks/stripe-webhook"
import { requireScanSecret } from "./internal/trace/guard"
import { TraceScanBatchBody } from "./internal/trace/validators"
import { limitClicks, limitSignIn } from "./limits"
import { enforcePasswordPolicy } from "./password-policy"
import { requireActiveProducer } from "./producer/guard"
import { LotSerialsQuery } from "./producer/lots/validators"
import { NewProducerProductBody, ProducerImageBody, ProducerProductBody, ProducerProfileBody, ProducerRegisterBody, ShipBody } from "./producer/validators"
import { refuseBadInput } from "./refuse-bad-input"
import { withSecurityHeaders } from "./security-headers"
import { refuseForeignCommunes } from "./store/addresses/vietnam"
import { bookingMiddlewares } from "./store/bookings/middlewares"
import { recoverFailedCompletion } from "./store/carts/complete-recovery"
import { admitCompletion } from "./store/carts/stock-gate"
import { refuseBadVisitDates } from "./store/carts/visit-dates"
import { buyerOrderRoutes } from "./store/ocop/buyer-middlewares"
import { StoreOcopProductsQuery, StoreOcopSearchQuery } from "./store/ocop/validators"
import { requireOrderAccess } from "./store/orders/order-access"
import { StoreTraceEpcisQuery, StoreTraceResolveQuery, StoreTraceStandingQuery } from "./store/trace/validators"
import { validateAndTransformBody, validateAndTransformQuery } from "./validate"
import { validateNamedBody } from "./validate-named"

export default defineMiddlewares({
  // Medusa's, plus `fields` (codes a page can translate) on every invalid-data 400.
  errorHandler: errorHandler(),
  routes: [
    { matcher: "/*", middlewares: [withSecurityHeaders, refuseBadInput] },
    // Sessions that end (auth/): a logged-out token is 401 on every route; every issued token has its own id; logout revokes.
    { matcher: "/*", middlewares: [refuseRevokedTokens] },
    { matcher: "/auth/*", methods: ["POST"], middlewares: [withFreshTokenIds] },
    { matcher: "/auth/token", methods: ["DELETE"], middlewares: [authenticate("*", ["bearer"], { allowUnregistered: true, requireMfa: false })] },
    { matcher: "/auth/session", methods: ["DELETE"], middlewares: [revokeSessionToken] },
    // A guest's order only with the proof of the device that placed it; a customer's to that customer.
    ...["/store/orders/:id", "/store/ocop/orders/:id/payment"].map((matcher) => ({
      matcher,
      methods: ["GET" as const],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), requireOrderAccess],
    })),
    // An order's status for its buyer (answered like the order); e-mail verification (store/ocop/buyer-middlewares.ts).
    ...buyerOrderRoutes,
    // Failed logins, registrations, resets and invitations per e-mail and per client; clicks per client (./limits.ts).
    { matcher: "/auth/*/emailpass", methods: ["POST"], middlewares: [limitSignIn("unauthorized")] },
    { matcher: "/auth/*/emailpass/register", methods: ["POST"], middlewares: [limitSignIn("unauthorized")] },
    { matcher: "/auth/*/emailpass/update", methods: ["POST"], middlewares: [limitSignIn("unauthorized")] },
    { matcher: "/auth/*/emailpass/reset-password", methods: ["POST"], middlewares: [limitSignIn("every")] },
    { matcher: "/producer/register", methods: ["POST"], middlewares: [limitSignIn("refused")] },
    { matcher: "/store/livestreams/:id/clicks", methods: ["POST"], middlewares: [limitClicks] },
    { matcher: "/auth/*/emailpass/register", methods: ["POST"], middlewares: [enforcePasswordPolicy] },
    { matcher: "/auth/*/emailpass/update", methods: ["POST"], middlewares: [enforcePasswordPolicy] },
    // The producer portal's API: a producer login (actor type "producer") for everything; an
    // active account for everything but registering and reading one's own account.
    { matcher: "/producer/register", methods: ["POST"], middlewares: [authenticate("producer", ["bearer"], { allowUnregistered: true }), validateNamedBody(ProducerRegisterBody)] },
    { matcher: "/producer/me", middlewares: [authenticate("producer", ["bearer"])] },
    { matcher: "/producer/me", methods: ["POST"], middlewares: [validateNamedBody(ProducerProfileBody)] },
    ...["/producer/products*", "/producer/lots*", "/producer/orders*", "/producer/dashboard"].map((matcher) => ({
      matcher,
      middlewares: [authenticate("producer", ["bearer"]), requireActiveProducer],
    })),
    { matcher: "/producer/products", methods: ["POST"], middlewares: [validateNamedBody(NewProducerProductBody)] },
    { matcher: "/producer/products/:id", methods: ["POST"], middlewares: [validateNamedBody(ProducerProductBody)] },
    {
      matcher: "/producer/products/:id/images",
      methods: ["POST"],
      bodyParser: { sizeLimit: base64BodyLimit(IMAGE_RULES.maxBytes) },
      middlewares: [validateNamedBody(ProducerImageBody)],
    },
    { matcher: "/producer/lots", methods: ["POST"], middlewares: [validateNamedBody(CreateLotBody)] },
    { matcher: "/producer/lots/:id/events", methods: ["POST"], middlewares: [validateNamedBody(AppendEventBody)] },
    { matcher: "/producer/lots/:id/serials", methods: ["POST"], middlewares: [validateNamedBody(GenerateSerialsBody)] },
    { matcher: "/producer/lots/:id/serials", methods: ["GET"], middlewares: [validateAndTransformQuery(LotSerialsQuery, {})] },
    { matcher: "/producer/lots/:id/labels", methods: ["GET"], middlewares: [validateAndTransformQuery(LabelsQuery, {})] },
    { matcher: "/producer/lots/:id/qr", methods: ["GET"], middlewares: [validateAndTransformQuery(QrQuery, {})] },
    { matcher: "/producer/orders/:id/ship", methods: ["POST"], middlewares: [validateNamedBody(ShipBody)] },
    { matcher: "/admin/ocop/campaigns", methods: ["POST"], middlewares: [validateNamedBody(CampaignPageBody)] },
    { matcher: "/admin/producer-users", methods: ["GET"], middlewares: [validateAndTransformQuery(ListProducerUsersQuery, {})] },
    { matcher: "/admin/producer-users", methods: ["POST"], middlewares: [validateNamedBody(InviteProducerUserBody)] },
    { matcher: "/admin/producer-reviews", methods: ["GET"], middlewares: [validateAndTransformQuery(ListReviewsQuery, {})] },
    { matcher: "/admin/producer-reviews/:id/decide", methods: ["POST"], middlewares: [validateNamedBody(DecideReviewBody)] },
    { matcher: "/admin/livestreams", methods: ["POST"], middlewares: [validateNamedBody(CreateLivestreamBody)] },
    { matcher: "/admin/livestreams/:id", methods: ["POST"], middlewares: [validateNamedBody(UpdateLivestreamBody)] },
    { matcher: "/admin/showrooms", methods: ["POST"], middlewares: [validateNamedBody(CreateShowroomBody)] },
    { matcher: "/admin/showrooms/:id", methods: ["POST"], middlewares: [validateNamedBody(UpdateShowroomBody)] },
    // Medusa's own routes that take files (its multer reads them, unlimited): the length first
    // (no method: runs before multer), then every file through the upload pipeline (after it).
    ...["/admin/uploads", "/admin/products/import"].flatMap((matcher) => [
      { matcher, middlewares: [limitMultipartBody(MULTI_FILE_FORM_MAX_BYTES)] },
      { matcher, methods: ["POST" as const], middlewares: [cleanMultipartFiles] },
    ]),
    { matcher: "/hooks/payment/stripe_stripe", methods: ["POST"], middlewares: [verifyStripeWebhook] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [recoverFailedCompletion, admitCompletion] },
    ...["/store/carts", "/store/carts/:id/line-items", "/store/carts/:id/line-items/:line_id"].map((matcher) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [refuseBadVisitDates],
    })),
    ...bookingMiddlewares,
    ...["/store/carts", "/store/carts/:id", "/store/customers/me/addresses", "/store/customers/me/addresses/:address_id"].map((matcher) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [refuseForeignCommunes],
    })),
    { matcher: "/store/trace/resolve", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTraceResolveQuery, {})] },
    { matcher: "/store/trace/standing", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTraceStandingQuery, {})] },
    // Storefronts only (the scan secret first, so a stranger learns nothing from validation); a full batch is about 300 KB.
    { matcher: "/internal/trace/scans", methods: ["POST"], bodyParser: { sizeLimit: "1mb" }, middlewares: [requireScanSecret, validateNamedBody(TraceScanBatchBody)] },
    { matcher: "/store/trace/lots/:id/epcis", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTraceEpcisQuery, {})] },
    { matcher: "/admin/trace/lots", methods: ["POST"], middlewares: [validateNamedBody(CreateLotBody)] },
    { matcher: "/admin/trace/gtins", methods: ["POST"], middlewares: [validateNamedBody(AssignGtinBody)] },
    { matcher: "/admin/trace/gtins", methods: ["GET"], middlewares: [validateAndTransformQuery(ListGtinsQuery, {})] },
    { matcher: "/admin/trace/lots", methods: ["GET"], middlewares: [validateAndTransformQuery(ListLotsQuery, {})] },
    { matcher: "/admin/trace/lots/:id/events", methods: ["POST"], middlewares: [validateNamedBody(AppendEventBody)] },
    { matcher: "/admin/trace/lots/:id/serials", methods: ["POST"], middlewares: [validateNamedBody(GenerateSerialsBody)] },
    { matcher: "/admin/trace/lots/:id/labels", methods: ["GET"], middlewares: [validateAndTransformQuery(LabelsQuery, {})] },
    { matcher: "/admin/trace/lots/:id/qr", methods: ["GET"], middlewares: [validateAndTransformQuery(QrQuery, {})] },
    {
      matcher: "/store/ocop/search",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreOcopSearchQuery, {})],
    },
    {
      matcher: "/store/ocop/products",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreOcopProductsQuery, {})],
    },
    {
      matcher: "/admin/ocop/certificates",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(CreateCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListCertificatesQuery, {})],
    },
    {
      matcher: "/admin/ocop/certificates/import",
      methods: ["POST"],
      bodyParser: { sizeLimit: "3mb" },
      middlewares: [validateNamedBody(ImportCertificatesBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/renew",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RenewCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/revoke",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RevokeCertificateBody)],
    },
    {
      matcher: "/admin/ocop/dashboard",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(DashboardQuery, {})],
    },
    {
      matcher: "/admin/ocop/products/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(UpsertOcopProductBody)],
    },
  ],
})
