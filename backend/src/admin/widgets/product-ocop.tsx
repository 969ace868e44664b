import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { AdminOcopProductResponse, CertificateStatus, EntityType } from "@ocop/core"
import { findProductSet, groupOfSet, UNITS, VIETNAM_TIME_ZONE } from "@ocop/core"
import { useEffect, useState } from "react"

/**
 * On the Admin's product page: the product's OCOP record (group, product set, stars), its
 * certificates' status and validity, its producer, and its lots linked to their public trace pages
 * — what staff otherwise look up on /staff. Words as the storefront's catalogue says them (vi).
 */
const STATUS: Record<CertificateStatus, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  active: { label: "Còn hiệu lực", color: "green" },
  expiring_soon: { label: "Còn hiệu lực, sắp hết hạn", color: "orange" },
  expired: { label: "Đã hết hạn", color: "red" },
  revoked: { label: "Đã bị thu hồi", color: "red" },
  replaced: { label: "Đã được thay thế", color: "grey" },
}
const ENTITY: Record<EntityType, string> = {
  cooperative: "Hợp tác xã",
  cooperative_group: "Tổ hợp tác",
  enterprise: "Doanh nghiệp",
  household: "Hộ sản xuất",
}
const day = new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" })
const dayOf = (instant: string | Date) => day.format(new Date(instant))

type Loaded = { state: "loading" } | { state: "failed" } | ({ state: "loaded" } & AdminOcopProductResponse)

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-x-4 px-6 py-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small">{children}</Text>
    </div>
  )
}

const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" })
  useEffect(() => {
    // The Admin calls the backend on its own origin with the staff session cookie.
    fetch(`/admin/ocop/products/${encodeURIComponent(product.id)}`, { credentials: "include" })
      .then((response) => (response.ok ? (response.json() as Promise<AdminOcopProductResponse>) : Promise.reject(new Error(String(response.status)))))
      .then((body) => setLoaded({ state: "loaded", ...body }))
      .catch(() => setLoaded({ state: "failed" }))
  }, [product.id])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">OCOP</Heading>
      </div>
      {loaded.state === "loading" && <Text className="px-6 py-4 text-ui-fg-subtle">Đang tải dữ liệu OCOP…</Text>}
      {loaded.state === "failed" && <Text className="px-6 py-4 text-ui-fg-error">Không tải được dữ liệu OCOP. Hãy tải lại trang.</Text>}
      {loaded.state === "loaded" && <OcopDetails {...loaded} />}
    </Container>
  )
}

function OcopDetails({ ocop_product: record, lots }: AdminOcopProductResponse) {
  const set = record && findProductSet(record.product_set)
  const group = record && groupOfSet(record.product_set)
  const current = record?.certificates.find((c) => c.status === "active" || c.status === "expiring_soon")
  return (
    <>
      {record ? (
        <div className="py-2">
          <Row label="Nhóm sản phẩm">{group?.name.vi ?? "—"}</Row>
          <Row label="Bộ sản phẩm">{set ? `${set.code} · ${set.name.vi}` : record.product_set}</Row>
          <Row label="Hạng sao">{current ? `${current.stars} sao` : "Chưa có chứng nhận còn hiệu lực"}</Row>
          <Row label="Chủ thể">{record.producer ? `${record.producer.legal_name} (${ENTITY[record.producer.entity_type]})` : "—"}</Row>
        </div>
      ) : (
        <Text className="px-6 py-4 text-ui-fg-subtle">Sản phẩm này chưa có hồ sơ OCOP.</Text>
      )}
      {record && (
        <div className="px-6 py-4">
          <Heading level="h3">Giấy chứng nhận</Heading>
          {record.certificates.length === 0 && <Text className="text-ui-fg-subtle">Chưa có giấy chứng nhận.</Text>}
          <ul className="flex flex-col gap-y-3 pt-2">
            {record.certificates.map((c) => (
              <li key={c.id} className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  Quyết định {c.decision_number} · {c.stars} sao
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  Cấp ngày {dayOf(c.decision_date)}, hết hạn {dayOf(c.expires_at)}
                </Text>
                <Badge color={STATUS[c.status].color} size="2xsmall" className="w-fit">
                  {STATUS[c.status].label}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="px-6 py-4">
        <Heading level="h3">Lô hàng</Heading>
        {lots.length === 0 && <Text className="text-ui-fg-subtle">Chưa có lô hàng nào.</Text>}
        <ul className="flex flex-col gap-y-1 pt-2">
          {lots.map((lot) => (
            <li key={lot.id}>
              <Text size="small">
                <a href={lot.trace_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
                  Lô {lot.code}
                </a>{" "}
                <span className="text-ui-fg-subtle">
                  · {lot.quantity} {UNITS[lot.unit as keyof typeof UNITS]?.vi ?? lot.unit} · tạo ngày {dayOf(lot.created_at)}
                </span>
              </Text>
            </li>
          ))}
        </ul>
      </div>
    </>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductOcopWidget
