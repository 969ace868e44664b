import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateNamedBody } from "../../validate-named"
import { requireOrderAccess } from "../orders/order-access"
import { SendVerificationBody, VerifyEmailBody } from "./buyer-validators"

/**
 * The buyer's order status and e-mail verification (combined in
 * api/middlewares.ts): an order's status is answered like the order itself;
 * the customer's routes need a customer login.
 */
export const buyerOrderRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/ocop/orders/:id/status",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), requireOrderAccess],
  },
  { matcher: "/store/ocop/customer/*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { matcher: "/store/ocop/customer/email-verification", methods: ["POST"], middlewares: [validateNamedBody(SendVerificationBody)] },
  { matcher: "/store/ocop/email-verification/confirm", methods: ["POST"], middlewares: [validateNamedBody(VerifyEmailBody)] },
]
