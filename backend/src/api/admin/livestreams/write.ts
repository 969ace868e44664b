import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { type LivestreamFields, livestreamProblems, slugify } from "@ocop/core"
import { LIVESTREAMS_MODULE } from "../../../modules/livestreams"
import type LivestreamsModuleService from "../../../modules/livestreams/service"
import { throwIfProblems, unknownProductProblems } from "../../problems"

/** Every problem of a livestream about to be written (window, platform URL, replay URL, products), in one 400. */
export async function checkLivestream(scope: MedusaContainer, input: LivestreamFields & { product_ids: readonly string[] }) {
  throwIfProblems([...livestreamProblems(input), ...(await unknownProductProblems(scope, input.product_ids))])
}

/**
 * The slug to store: the one asked for (409 when another livestream has it),
 * or one made from the Vietnamese title, numbered when taken.
 */
export async function freeSlug(service: LivestreamsModuleService, wanted: string | undefined, title: string, selfId?: string): Promise<string> {
  const taken = async (slug: string) => (await service.listLivestreams({ slug }, { select: ["id"] })).some((l) => l.id !== selfId)
  if (wanted) {
    if (await taken(wanted)) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `slug: "${wanted}" is used by another livestream; choose another.`)
    return wanted
  }
  const base = slugify(title) || "livestream"
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!(await taken(slug))) return slug
  }
}

/** Tells the storefronts (storefront-cache subscriber) that livestreams changed. */
export async function announceChange(scope: MedusaContainer, id: string) {
  await scope.resolve(Modules.EVENT_BUS).emit({ name: "livestream.changed", data: { id } })
}

export function livestreamsService(scope: MedusaContainer): LivestreamsModuleService {
  return scope.resolve(LIVESTREAMS_MODULE)
}
