import type { AdminOrder } from "@medusajs/framework/types"
import { Heading, Text } from "@medusajs/ui"
import type { AdminOrderProducersResponse } from "@ocop/core"
import { useEffect, useState } from "react"

type Loaded = { state: "loading" } | { state: "failed" } | ({ state: "loaded" } & AdminOrderProducersResponse)

/** The producer of each line of the order (producer_order_line), who fulfils it in the producer portal. */
export function OrderProducers({ order }: { order: AdminOrder }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" })
  useEffect(() => {
    // The Admin calls the backend on its own origin with the staff session cookie.
    fetch(`/admin/ocop/orders/${encodeURIComponent(order.id)}/producers`, { credentials: "include" })
      .then((response) => (response.ok ? (response.json() as Promise<AdminOrderProducersResponse>) : Promise.reject(new Error(String(response.status)))))
      .then((body) => setLoaded({ state: "loaded", ...body }))
      .catch(() => setLoaded({ state: "failed" }))
  }, [order.id])
  const titles = new Map((order.items ?? []).map((item) => [item.id, item.title]))
  return (
    <div className="px-6 py-4">
      <Heading level="h3">Chủ thể theo dòng hàng</Heading>
      {loaded.state === "loading" && <Text className="text-ui-fg-subtle">Đang tải…</Text>}
      {loaded.state === "failed" && <Text className="text-ui-fg-error">Không tải được chủ thể của đơn. Hãy tải lại trang.</Text>}
      {loaded.state === "loaded" && loaded.lines.length === 0 && <Text className="text-ui-fg-subtle">Đơn này không có dòng hàng của chủ thể OCOP.</Text>}
      {loaded.state === "loaded" && (
        <ul className="flex flex-col gap-y-1 pt-2">
          {loaded.lines.map((line) => (
            <li key={line.line_item_id}>
              <Text size="small">
                {titles.get(line.line_item_id) ?? line.product_id} × {line.quantity}: {line.producer?.legal_name ?? "—"}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
