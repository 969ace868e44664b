import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { PAYMENT_PROVIDER } from "@ocop/core"
import { OrderProducers } from "../components/order-producers"

/**
 * On the Admin's order page: how the buyer pays, in words ("Pp_vietqr_vietqr" is Medusa's own
 * rendering of the provider id), and for a VietQR order whether the transfer has come — Medusa
 * shows an unpaid VietQR order as "Authorized" like a cash-on-delivery one.
 */
const NAMES: Record<string, string> = {
  [PAYMENT_PROVIDER.vietqr]: "Chuyển khoản VietQR",
  [PAYMENT_PROVIDER.cod]: "Thanh toán khi nhận hàng",
  [PAYMENT_PROVIDER.stripe]: "Thẻ (Stripe)",
}

type Payment = { id: string; provider_id: string; captured_at?: string | Date | null; canceled_at?: string | Date | null; data?: Record<string, unknown> | null }

function stateOf(payment: Payment): { label: string; color: "green" | "orange" | "grey" } {
  if (payment.canceled_at) return { label: "Đã huỷ", color: "grey" }
  if (payment.captured_at) return { label: "Đã thu tiền", color: "green" }
  if (payment.provider_id === PAYMENT_PROVIDER.vietqr) return { label: "Chờ chuyển khoản", color: "orange" }
  if (payment.provider_id === PAYMENT_PROVIDER.cod) return { label: "Thu khi giao hàng", color: "orange" }
  return { label: "Chưa thu tiền", color: "orange" }
}

const OrderPaymentModeWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const payments = (order.payment_collections ?? []).flatMap((c) => (c.payments ?? []) as unknown as Payment[])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Thanh toán (OCOP)</Heading>
      </div>
      {payments.length === 0 ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">Chưa có khoản thanh toán nào.</Text>
      ) : (
        payments.map((payment) => {
          const state = stateOf(payment)
          const reference = typeof payment.data?.reference === "string" ? payment.data.reference : null
          return (
            <div key={payment.id} className="flex flex-col gap-y-1 px-6 py-4">
              <Text weight="plus">{NAMES[payment.provider_id] ?? payment.provider_id}</Text>
              <Badge color={state.color} size="2xsmall" className="w-fit">
                {state.label}
              </Badge>
              {reference && <Text className="text-ui-fg-subtle">Nội dung chuyển khoản: {reference}</Text>}
            </div>
          )
        })
      )}
      <OrderProducers order={order} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderPaymentModeWidget
