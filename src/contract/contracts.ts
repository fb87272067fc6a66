import { z } from 'zod'
import { roleSchema, timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'
import { amountField, idField, weeklyHoursField } from './fields'

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
export const screenshotModeSchema = z.enum(screenshotModeValues)

export const contractStatusSchema = z.enum(['active', 'paused'])

export const contractSchema = z.object({
  id: z.number().int(),
  project_id: z.number().int(),
  project_name: z.string().nullable(),
  project_icon: z.string().nullable(),
  user_id: z.number().int(),
  user_firstname: z.string().nullable(),
  user_lastname: z.string().nullable(),
  user_email: z.string().nullable(),
  /** Contracts add `Client` to the member roles. */
  user_role: z.union([roleSchema, z.literal('Client')]).nullable(),
  weekly_hours_limit: z.number().int().nullable(),
  screenshots: z.string(),
  screenshots_label: z.string(),
  /** Only when the caller may see rates and the project is billable: absent is unknown, not zero. */
  rate: z.number().optional(),
  /** A number in the connector catalogue; strings are tolerated. */
  rate_type: z.union([z.number(), z.string()]).optional(),
  currency: z.string(),
  contract_name: z.string(),
  status: contractStatusSchema,
  created_at: timestampSchema,
  updated_at: timestampSchema,
})
export type Contract = z.infer<typeof contractSchema>

export const contractListSchema = listEnvelopeSchema(contractSchema)
export const contractEnvelopeSchema = successEnvelopeSchema(contractSchema)

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
export const updateContractInputSchema = z
  .object({ ...contractSettings, status: z.enum(['active', 'paused'], 'The selected status is invalid.') })
  .partial()
export type UpdateContractInput = z.input<typeof updateContractInputSchema>

export const contractDeletedEnvelopeSchema = successEnvelopeSchema(z.null())
