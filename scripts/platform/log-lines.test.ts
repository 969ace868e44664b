import { describe, expect, it } from "vitest";
import { isKnownHarmless, isTroubleLine } from "./log-lines.ts";

// Lines as a first start printed them (timestamps shortened).
const medusa = (level: string, message: string) => JSON.stringify({ level, message, timestamp: "2026-12-05 06:24:46" });

describe("isTroubleLine", () => {
  it("flags Medusa's errors and warnings, and error words from the other parts", () => {
    expect(isTroubleLine(medusa("error", "An error occurred while processing product.created:"))).toBe(true);
    expect(isTroubleLine(medusa("warn", "Storefront http://localhost:4321 refused cache invalidation (500)"))).toBe(true);
    expect(isTroubleLine("(node:17934) DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated")).toBe(true);
    expect(isTroubleLine('2026-12-05 06:24:46.120 UTC [123] ERROR:  relation "x" does not exist')).toBe(true);
    expect(isTroubleLine("06:25:36 [ERROR] [@astrojs/node] Could not render /")).toBe(true);
  });

  it("passes Medusa's info lines, whatever words they hold, and plain progress lines", () => {
    expect(isTroubleLine(medusa("info", "Processing product.created which has 2 subscribers"))).toBe(false);
    expect(isTroubleLine(medusa("info", "No errors: Migrated Migration20240307161216"))).toBe(false);
    expect(isTroubleLine("creating a new database cluster in /repo/.data/postgres")).toBe(false);
    expect(isTroubleLine("06:25:36 [@astrojs/node] Server listening on ")).toBe(false);
  });
});

describe("isKnownHarmless", () => {
  it("knows the one-machine warnings and the pg deprecation from Medusa, exactly", () => {
    expect(isKnownHarmless(medusa("warn", "Local Event Bus installed. This is not recommended for production."))).toBe(true);
    expect(isKnownHarmless("Warning: connect.session() MemoryStore is not")).toBe(true);
    expect(
      isKnownHarmless(
        "(node:17934) DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.",
      ),
    ).toBe(true);
    expect(isKnownHarmless("(node:17934) DeprecationWarning: Buffer() is deprecated due to security and usability issues.")).toBe(false);
    expect(isKnownHarmless(medusa("warn", "Local Event Bus installed."))).toBe(false);
    expect(isTroubleLine(medusa("warn", "Local Event Bus installed. This is not recommended for production."))).toBe(false);
  });
});
