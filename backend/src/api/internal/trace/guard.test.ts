import { describe, expect, it } from "vitest"
import { scanSecretRefusal } from "./guard"

const secret = "s".repeat(43)

describe("the scan secret", () => {
  it("lets in only the exact secret", () => {
    expect(scanSecretRefusal(secret, secret)).toBeNull()
    expect(scanSecretRefusal(secret, `${"s".repeat(42)}t`)).toMatch(/x-scan-secret/)
    expect(scanSecretRefusal(secret, "s")).toMatch(/x-scan-secret/)
    expect(scanSecretRefusal(secret, undefined)).toMatch(/x-scan-secret/)
  })

  it("turns ingestion off while none is set", () => {
    expect(scanSecretRefusal(undefined, "")).toBe("Scan ingestion is off: TRACE_SCAN_SECRET is not set.")
    expect(scanSecretRefusal("", "")).toBe("Scan ingestion is off: TRACE_SCAN_SECRET is not set.")
  })
})
