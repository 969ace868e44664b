import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { type Problem, productSetFieldProblems } from "@ocop/core"
import { invalidData, toFieldProblem } from "../../api/problems"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type OcopProductFields = {
  product_set: string
  producer_id: string
  place_id: string
  title_en?: string | null | undefined
  description_en?: string | null | undefined
  story_vi?: string | null | undefined
  story_en?: string | null | undefined
  /** English variant titles by Vietnamese title. */
  variant_titles_en?: Record<string, string> | null | undefined
}

type Input = { product_id: string; fields: OcopProductFields }

const validateStep = createStep("validate-ocop-product", async (input: Input, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const products = container.resolve(Modules.PRODUCT)
  const problems: Problem[] = [...productSetFieldProblems(input.fields.product_set)]
  const [product] = await products.listProducts({ id: input.product_id }, { select: ["id"] })
  if (!product) problems.push({ field: "", code: "unknown_product", message: `no product ${input.product_id}`, params: { id: input.product_id } })
  if ((await ocop.listOcopProducers({ id: input.fields.producer_id })).length === 0) {
    problems.push({ field: "producer_id", code: "unknown_producer", message: `no producer ${input.fields.producer_id}`, params: { id: input.fields.producer_id } })
  }
  if ((await ocop.listOcopPlaces({ id: input.fields.place_id })).length === 0) {
    problems.push({ field: "place_id", code: "unknown_place", message: `no place ${input.fields.place_id}`, params: { id: input.fields.place_id } })
  }
  if (problems.length > 0) {
    throw invalidData(`OCOP record not saved: ${problems.map((p) => p.message).join("; ")}.`, problems.map(toFieldProblem))
  }
})

type Undo = { created?: string; previous?: OcopProductFields & { id: string } }

const upsertStep = createStep(
  "upsert-ocop-product",
  async (input: Input, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["ocop_product.*"], filters: { id: input.product_id } })
    const existing = (data[0] as unknown as { ocop_product?: (OcopProductFields & { id: string }) | null }).ocop_product
    if (existing) {
      const updated = await ocop.updateOcopProducts({ id: existing.id, ...input.fields })
      const undo: Undo = { previous: existing }
      return new StepResponse(updated, undo)
    }
    const created = await ocop.createOcopProducts(input.fields)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({ [Modules.PRODUCT]: { product_id: input.product_id }, [OCOP_MODULE]: { ocop_product_id: created.id } })
    const undo: Undo = { created: created.id }
    return new StepResponse(created, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.created) await ocop.deleteOcopProducts(undo.created)
    if (undo.previous) {
      const { id, product_set, producer_id, place_id, title_en, description_en, story_vi, story_en, variant_titles_en } = undo.previous
      await ocop.updateOcopProducts({ id, product_set, producer_id, place_id, title_en, description_en, story_vi, story_en, variant_titles_en: variant_titles_en ?? null })
    }
  },
)

/** Gives a Medusa product its OCOP record (product set, producer, place, English texts, story), or changes it. */
export const upsertOcopProductWorkflow = createWorkflow("upsert-ocop-product", (input: Input) => {
  validateStep(input)
  const record = upsertStep(input)
  emitEventStep({ eventName: "ocop_product.changed", data: { product_id: input.product_id } })
  return new WorkflowResponse(record)
})
