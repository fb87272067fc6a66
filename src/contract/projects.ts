import { z } from 'zod'
import { isoDateSchema, timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'
import { amountField, dateField, laterOrEqual, optionalText, requiredText } from './fields'

// Projects as seeds/004 shows them: the create/get/update examples are the primary source.

export const projectTagSchema = z.object({ id: z.number().int(), name: z.string(), color: z.string().nullable() })
export type ProjectTag = z.infer<typeof projectTagSchema>

/** 1 active, 0 archived (seeds/004 shows `1`; archived is what DELETE does). */
export const projectStatusSchema = z.union([z.literal(0), z.literal(1)])

export const projectSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The workspace owner. */
  owner_id: z.number().int(),
  start_date: isoDateSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  /** Hours. */
  estimation: z.number().nullable(),
  /** The request calls it `budget`; the response `budget_estimation`. */
  budget_estimation: z.number().nullable(),
  notes: z.string().nullable(),
  icon: z.string().nullable(),
  is_billable: z.boolean(),
  /** Null for callers who may not see rates: unknown, not zero. */
  rate: z.number().nullable(),
  weekly_hours_limit: z.number().int().nullable(),
  /** The short words `on`, `blur`, `off` (seeds/004: `"blur"`), unlike contracts' enum. */
  screenshots: z.string().nullable(),
  tags: z.array(projectTagSchema),
  /** Active contracts on the project. */
  contracts_count: z.number().int(),
  status: projectStatusSchema,
  created_at: timestampSchema.nullable(),
  updated_at: timestampSchema.nullable(),
  deleted_at: timestampSchema.nullable(),
})
export type Project = z.infer<typeof projectSchema>

export const projectListSchema = listEnvelopeSchema(projectSchema)
export const projectEnvelopeSchema = successEnvelopeSchema(projectSchema)
export const projectDeletedEnvelopeSchema = successEnvelopeSchema(z.null())

/** `GET /projects` filters: `name` is a case-insensitive partial match. */
export const projectFiltersSchema = z.object({
  name: z.string().trim().optional(),
})
export type ProjectFilters = z.infer<typeof projectFiltersSchema>

const projectFields = {
  name: requiredText('name'),
  start_date: dateField('start date').nullable().optional(),
  deadline: dateField('deadline').nullable().optional(),
  estimation: amountField('estimation').nullable().optional(),
  budget: amountField('budget').nullable().optional(),
  notes: optionalText('notes', 65_535),
  icon: optionalText('icon', 255),
}

const deadlineAfterStart = laterOrEqual<{ start_date?: string | null; deadline?: string | null }>(
  'start_date',
  'deadline',
  'The deadline must be a date after or equal to start date.',
)

/** `POST /projects` body (seeds/004): only `name` is required. */
export const createProjectInputSchema = z.object(projectFields).superRefine(deadlineAfterStart)
export type CreateProjectInput = z.input<typeof createProjectInputSchema>

/**
 * `PUT /projects/{id}` body: every field optional, null clears an optional one. The sandbox also
 * checks the deadline against a stored start date (and the reverse).
 */
export const updateProjectInputSchema = z.object(projectFields).partial().superRefine(deadlineAfterStart)
export type UpdateProjectInput = z.input<typeof updateProjectInputSchema>
