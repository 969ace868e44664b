import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { slugify } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { SHOWROOMS_MODULE } from "../../../modules/showrooms"
import type ShowroomsModuleService from "../../../modules/showrooms/service"
import { type RouteProblem, throwIfProblems, unknownProductProblems } from "../../problems"

export function showroomsService(scope: MedusaContainer): ShowroomsModuleService {
  return scope.resolve(SHOWROOMS_MODULE)
}

/** Every problem of a showroom about to be written (its commune, its products), in one 400. */
export async function checkShowroom(scope: MedusaContainer, input: { place_handle?: string | null; product_ids: readonly string[] }) {
  const problems: RouteProblem[] = []
  if (input.place_handle) {
    const ocop: OcopModuleService = scope.resolve(OCOP_MODULE)
    const [place] = await ocop.listOcopPlaces({ handle: input.place_handle }, { select: ["id"] })
    if (!place)
      problems.push({ field: "place_handle", code: "unknown_place", message: `no commune ${input.place_handle} (see /store/ocop/places)`, params: { id: input.place_handle } })
  }
  problems.push(...(await unknownProductProblems(scope, input.product_ids)))
  throwIfProblems(problems)
}

/** The handle to store: the one asked for (409 when taken), or one made from the name, numbered when taken. */
export async function freeHandle(service: ShowroomsModuleService, wanted: string | undefined, name: string, selfId?: string): Promise<string> {
  const taken = async (handle: string) => (await service.listShowrooms({ handle }, { select: ["id"] })).some((s) => s.id !== selfId)
  if (wanted) {
    if (await taken(wanted)) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle: "${wanted}" is used by another showroom; choose another.`)
    return wanted
  }
  const base = slugify(name) || "showroom"
  for (let n = 1; ; n++) {
    const handle = n === 1 ? base : `${base}-${n}`
    if (!(await taken(handle))) return handle
  }
}

/** Tells the storefronts (storefront-cache subscriber) that showrooms changed. */
export async function announceChange(scope: MedusaContainer, id: string) {
  await scope.resolve(Modules.EVENT_BUS).emit({ name: "showroom.changed", data: { id } })
}
