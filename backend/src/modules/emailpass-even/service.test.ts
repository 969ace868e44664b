import type { AuthIdentityDTO, AuthIdentityProviderService } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import EvenEmailPassService from "./service"

/** The provider with cheap scrypt settings, counting every key derivation it runs. */
class CountingService extends EvenEmailPassService {
  hashes = 0
  protected override async hashPassword(password: string): Promise<string> {
    this.hashes++
    return super.hashPassword(password)
  }
}

const logger = { info() {}, warn() {}, error() {}, debug() {} }

/** Auth identities kept in a Map: the part of Medusa's auth module the provider talks to. */
function identities(): AuthIdentityProviderService & { count(): number } {
  const byEmail = new Map<string, AuthIdentityDTO>()
  return {
    count: () => byEmail.size,
    async retrieve({ entity_id }: { entity_id: string }) {
      const found = byEmail.get(entity_id)
      if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `AuthIdentity with entity_id "${entity_id}" not found`)
      return structuredClone(found)
    },
    async create(data: { entity_id: string; provider_metadata?: Record<string, unknown> }) {
      const identity = {
        id: `authid_${byEmail.size}`,
        app_metadata: {},
        provider_identities: [{ id: "pi", entity_id: data.entity_id, provider: "emailpass", provider_metadata: data.provider_metadata ?? {} }],
      } as AuthIdentityDTO
      byEmail.set(data.entity_id, identity)
      return structuredClone(identity)
    },
    async update() {
      throw new Error("not used")
    },
    async setState() {},
    async getState() {
      return null
    },
  } as unknown as AuthIdentityProviderService & { count(): number }
}

async function withAccount(email: string, password: string) {
  const service = new CountingService({ logger } as never, { hashConfig: { logN: 8, r: 8, p: 1 } })
  const store = identities()
  await service.register({ body: { email, password } }, store)
  // The account is taken: as registering a customer does, mark the identity as someone's.
  const identity = await store.retrieve({ entity_id: email })
  const taken = { ...store, retrieve: async () => ({ ...identity, app_metadata: { customer_id: "cus_1" } }) as AuthIdentityDTO }
  return { service, store, taken }
}

describe("logins that do not tell e-mails apart", () => {
  it("run the password hasher for an unknown e-mail, and answer as for a wrong password", async () => {
    const { service, store } = await withAccount("known@example.vn", "mat-khau-dung-2026")
    service.hashes = 0
    const unknown = await service.authenticate({ body: { email: "nobody@example.vn", password: "mat-khau-sai-2026" } }, store)
    expect(service.hashes).toBe(1)
    const wrong = await service.authenticate({ body: { email: "known@example.vn", password: "mat-khau-sai-2026" } }, store)
    expect(unknown).toEqual(wrong)
    expect(wrong).toEqual({ success: false, error: "Invalid email or password" })
    expect((await service.authenticate({ body: { email: "known@example.vn", password: "mat-khau-dung-2026" } }, store)).success).toBe(true)
  })
})

describe("registrations that do not tell e-mails apart", () => {
  it("answer a taken e-mail as a new one, after the same hashing, with an identity that is stored nowhere", async () => {
    const { service, taken } = await withAccount("known@example.vn", "mat-khau-dung-2026")
    service.hashes = 0
    const again = await service.register({ body: { email: "known@example.vn", password: "mat-khau-khac-2026" } }, taken)
    expect(service.hashes).toBe(1)
    expect(again.success).toBe(true)
    expect(again.authIdentity?.id).toMatch(/^authid_/)
    expect(again.authIdentity?.app_metadata).toEqual({})
  })
  it("still create a login for a new e-mail", async () => {
    const { service, store } = await withAccount("known@example.vn", "mat-khau-dung-2026")
    const created = await service.register({ body: { email: "new@example.vn", password: "mat-khau-moi-2026" } }, store)
    expect(created.success).toBe(true)
    expect(store.count()).toBe(2)
  })
})
