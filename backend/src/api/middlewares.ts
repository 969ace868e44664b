import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  CreateCertificateBody,
  ListCertificatesQuery,
  RenewCertificateBody,
  RevokeCertificateBody,
  UpsertOcopProductBody,
} from "./admin/ocop/validators"
import { StoreOcopProductsQuery, StoreOcopSearchQuery } from "./store/ocop/validators"

export default defineMiddlewares({
  routes: [
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
