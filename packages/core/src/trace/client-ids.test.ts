import { describe, expect, it } from "vitest";
import { eventIdOf, isUuid, lotIdOf } from "./client-ids.js";

describe("client-made ids", () => {
  const uuid = "3F2504E0-4F89-41D3-9A0C-0305E82C3301";

  it("names the EPCIS event and the lot a phone's uuid makes, the same however it is written", () => {
    expect(eventIdOf(uuid)).toBe("urn:uuid:3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    expect(lotIdOf(uuid)).toBe("lot_3F2504E04F8941D39A0C0305E82C3301");
    expect(lotIdOf(uuid.toLowerCase())).toBe(lotIdOf(uuid));
  });

  it("takes only uuids", () => {
    expect(isUuid(uuid)).toBe(true);
    expect(isUuid("not-a-uuid")).toBe(false);
    expect(isUuid(`${uuid}0`)).toBe(false);
  });
});
