import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  CreateCertificateBody,
  ListCertificatesQuery,
  RenewCertificateBody,
  RevokeCertificateBody,
  UpsertOcopProductBody,
} from "./admin/ocop/validators"
import { StoreOcopProductsQuery, StoreOcopSearchQuery } from "./store/ocop/validators"
import { AppendEventBody, CreateLotBody, GenerateSerialsBody, LabelsQuery, ListLotsQuery, QrQuery } from "./admin/trace/validators"
import { verifyStripeWebhook } from "./hooks/stripe-webhook"
import { recoverFailedCompletion } from "./store/carts/complete-recovery"
import { validateNamedBody } from "./validate-named"
import { StoreTraceEpcisQuery, StoreTraceResolveQuery, StoreTraceScanBody } from "./store/trace/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/hooks/payment/stripe_stripe", methods: ["POST"], middlewares: [verifyStripeWebhook] },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [recoverFailedCompletion] },
    { matcher: "/store/trace/resolve", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTraceResolveQuery, {})] },
    { matcher: "/store/trace/scans", methods: ["POST"], middlewares: [validateAndTransformBody(StoreTraceScanBody)] },
    { matcher: "/store/trace/lots/:id/epcis", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTraceEpcisQuery, {})] },
    { matcher: "/admin/trace/lots", methods: ["POST"], middlewares: [validateNamedBody(CreateLotBody)] },
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
      matcher: "/admin/ocop/products/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(UpsertOcopProductBody)],
    },
  ],
})
