import { z } from 'zod'
import { roleValues } from './common'
import { listEnvelopeSchema, successEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { amountField, idField, weeklyHoursField } from './fields'
import { openEnum, optional, wireId, wireInt, wireNumber, wireText, wireTimestamp } from './wire'

export const screenshotModeValues = [
  'full',
  'blurred',
  'no_preview',
  'no_screenshot',
  'background_blurred',
  'video_full',
  'video_blurred',
  'video_full_silent',
  'video_blurred_silent',
] as const
export type ScreenshotMode = (typeof screenshotModeValues)[number]
export const screenshotModeSchema = z.enum(screenshotModeValues)

export const contractStatusValues = ['active', 'paused'] as const
export const contractStatusSchema = z.enum(contractStatusValues)

/**
 * A contract. The vendor's text confirms the fields up to `weekly_hours_limit`; those from
 * `screenshots` on come from the connector catalogue (endpoints.md), so each is optional:
 * undefined is unknown, shown as "—". `rate` is absent unless the caller may see rates and the
 * project is billable: unknown, never zero.
 */
export const contractSchema = z.object({
  id: wireId,
  project_id: wireId,
  project_name: optional(wireText),
  project_icon: optional(z.string()),
  user_id: wireId,
  user_firstname: optional(wireText),
  user_lastname: optional(wireText),
  user_email: optional(z.string()),
  /** Contracts add `Client` to the member roles; others are kept as text. */
  user_role: optional(openEnum([...roleValues, 'Client'])),
  /** Hours per week. Null in the docs' type: read as unknown, like absence. */
  weekly_hours_limit: optional(wireInt),
  /** One of screenshotModeValues, or another mode as its text. */
  screenshots: optional(openEnum(screenshotModeValues)),
  screenshots_label: optional(z.string()),
  rate: optional(wireNumber),
  /** A number in the connector catalogue; text is kept too. */
  rate_type: optional(z.union([wireNumber, z.string()])),
  currency: optional(z.string()),
  contract_name: optional(wireText),
  status: optional(openEnum(contractStatusValues)),
  created_at: optional(wireTimestamp),
  updated_at: optional(wireTimestamp),
})
export type Contract = z.output<typeof contractSchema>
/** A contract as the wire carries it (the sandbox's rich answer is typed with this). */
export type ContractWire = z.input<typeof contractSchema>

/** Pagination in `meta`, or at the top level without from/to (variant B). */
export const contractListSchema = listEnvelopeSchema(contractSchema)
export const contractEnvelopeSchema = successEnvelopeSchema(contractSchema)
/** Create and update echo the contract; callers re-read rather than trust it. */
export const contractWriteEnvelopeSchema = writeEnvelopeSchema(contractSchema)

export const contractFiltersSchema = z.object({
  project_id: z.coerce.number().int().positive().optional(),
  user_id: z.coerce.number().int().positive().optional(),
  status: contractStatusSchema.optional(),
})
export type ContractFilters = z.infer<typeof contractFiltersSchema>

const contractSettings = {
  weekly_hours_limit: weeklyHoursField(),
  screenshots: z.enum(screenshotModeValues, 'The selected screenshots is invalid.'),
  /** Hourly; the sandbox keeps it only when the caller may see rates (documented). */
  rate: amountField('rate'),
}

/** `POST /contracts`: one member on one project; the weekly limit defaults to 168. */
export const createContractInputSchema = z.object({
  project_id: idField('project id'),
  user_id: idField('user id'),
  weekly_hours_limit: contractSettings.weekly_hours_limit.default(168),
  screenshots: contractSettings.screenshots.optional(),
  rate: contractSettings.rate.optional(),
})
export type CreateContractInput = z.input<typeof createContractInputSchema>

/** `PUT /contracts/{id}`: any of the settings, and pausing or resuming. */
export const updateContractInputSchema = z.object({ ...contractSettings, status: z.enum(contractStatusValues, 'The selected status is invalid.') }).partial()
export type UpdateContractInput = z.input<typeof updateContractInputSchema>

/** Delete documents `{ success, message }` only. */
export const contractDeletedEnvelopeSchema = writeEnvelopeSchema(z.null())
