import { checksum, decode, parse } from "promptparse"
import { describe, expect, it } from "vitest"
import { buildVietQrPayload, type VietQrInput } from "./payload"

// promptparse (a generic EMVCo parser from the Thai PromptPay world) decodes
// what vietnam-qr-pay built, so a mistake in either library shows up here.
const vietcombank: VietQrInput = { bankBin: "970436", accountNumber: "0011004123456", amountVnd: 185000, reference: "OCOP7K2M9QXA" }

/** The payload's tags, with tag 38's beneficiary (38.01) decoded one level further. */
function decodeStrictly(payload: string) {
  const qr = parse(payload, true)
  if (!qr) throw new Error(`promptparse rejected ${payload}`)
  const beneficiary = decode(qr.getTagValue("38", "01") ?? "")
  return {
    ids: qr.getTags().map((tag) => tag.id),
    value: (id: string, subId?: string) => qr.getTagValue(id, subId),
    beneficiary: (id: string) => beneficiary.find((tag) => tag.id === id)?.value,
  }
}

describe("buildVietQrPayload", () => {
  it("decodes, with an independent parser, to the bank, account, amount and reference with a valid CRC", () => {
    const payload = buildVietQrPayload(vietcombank)
    const qr = decodeStrictly(payload)
    expect(qr.ids).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"])
    expect(qr.value("00")).toBe("01")
    expect(qr.value("01")).toBe("12")
    expect(qr.value("38", "00")).toBe("A000000727")
    expect(qr.beneficiary("00")).toBe("970436")
    expect(qr.beneficiary("01")).toBe("0011004123456")
    expect(qr.value("38", "02")).toBe("QRIBFTTA")
    expect(qr.value("53")).toBe("704")
    expect(qr.value("54")).toBe("185000")
    expect(qr.value("58")).toBe("VN")
    expect(qr.value("62", "08")).toBe("OCOP7K2M9QXA")
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(qr.value("63")).toBe(checksum(payload.slice(0, -4), true))
    expect(qr.value("63")).toMatch(/^[0-9A-F]{4}$/)
  })

  it("checks against a CRC-16/CCITT-FALSE that gives the standard check value", () => {
    // 0x29B1 for "123456789" is the catalogued check value of CRC-16/CCITT-FALSE.
    expect(checksum("123456789", true)).toBe("29B1")
  })

  it("matches the published example: ACB 257678859, 10,000 đồng", () => {
    // From vietnam-qr-pay's README, whose purpose "Chuyen tien" our rules would refuse;
    // its tags before 62 are ours, so they must agree byte for byte.
    const payload = buildVietQrPayload({ bankBin: "970416", accountNumber: "257678859", amountVnd: 10000, reference: "CHUYEN TIEN" })
    expect(payload.startsWith("00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN")).toBe(true)
  })

  it("fails the CRC check once a single character is changed", () => {
    const payload = buildVietQrPayload(vietcombank)
    const tampered = payload.replace("5406185000", "5406985000")
    expect(tampered).not.toBe(payload)
    expect(parse(tampered, true)).toBeNull()
    expect(parse(payload.slice(0, -1) + (payload.endsWith("0") ? "1" : "0"), true)).toBeNull()
  })

  it.each([
    [{ bankBin: "97043" }, 'bankBin "97043" must be the bank\'s 6-digit NAPAS BIN'],
    [{ bankBin: "97043A" }, "bankBin"],
    [{ accountNumber: "" }, "accountNumber"],
    [{ accountNumber: "0011-0041" }, 'accountNumber "0011-0041" must be 1–19 letters or digits'],
    [{ accountNumber: "12345678901234567890" }, "accountNumber"],
    [{ amountVnd: 0 }, "amountVnd 0 must be a whole number of đồng"],
    [{ amountVnd: -5 }, "amountVnd -5"],
    [{ amountVnd: 1500.5 }, "amountVnd 1500.5"],
    [{ amountVnd: 10_000_000_000_000 }, "amountVnd 10000000000000"],
    [{ reference: "ocop123" }, 'reference "ocop123" must be 1–25 characters of A–Z, 0–9 and spaces'],
    [{ reference: "OCOP-123" }, "reference"],
    [{ reference: "A".repeat(26) }, "reference"],
  ])("refuses %j, naming the problem", (bad, message) => {
    expect(() => buildVietQrPayload({ ...vietcombank, ...bad })).toThrow(message)
  })

  it("names every bad input in one error", () => {
    expect(() => buildVietQrPayload({ bankBin: "1", accountNumber: "", amountVnd: 0, reference: "" })).toThrow(
      /Cannot build a VietQR payload: bankBin .*; accountNumber .*; amountVnd .*; reference /,
    )
  })

  it("accepts the limits: 19-character account, 13-digit amount, 25-character reference", () => {
    const payload = buildVietQrPayload({ bankBin: "970422", accountNumber: "PSP1234567890123456", amountVnd: 9_999_999_999_999, reference: "OCOP ABCDEFGHJK 012345678" })
    const qr = decodeStrictly(payload)
    expect(qr.beneficiary("01")).toBe("PSP1234567890123456")
    expect(qr.value("54")).toBe("9999999999999")
    expect(qr.value("62", "08")).toHaveLength(25)
  })
})
