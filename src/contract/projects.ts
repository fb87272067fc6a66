import { z } from 'zod'
import { listEnvelopeSchema, successEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { amountField, dateField, laterOrEqual, optionalText, requiredText } from './fields'
import { optional, wireDate, wireFlag, wireId, wireInt, wireNumber, wireText, wireTimestamp } from './wire'

// Projects as seeds/004 shows them (the create/get/update examples are the primary source) and
// as endpoints.md's table lists them (without updated_at/deleted_at). Everything but the id and
// the name is optional: undefined is unknown, shown as "—", never as 0.

export const projectTagSchema = z.object({ id: wireId, name: wireText, color: optional(z.string()) })
export type ProjectTag = z.output<typeof projectTagSchema>

/** 1 active, 0 archived (seeds/004 shows `1`; archived is what DELETE does). */
export const PROJECT_ACTIVE = 1
export const PROJECT_ARCHIVED = 0

export const projectSchema = z.object({
  id: wireId,
  name: wireText,
  /** The workspace owner. */
  owner_id: optional(wireId),
  start_date: optional(wireDate),
  deadline: optional(wireDate),
  /** Hours. */
  estimation: optional(wireNumber),
  /** The request calls it `budget`; the response `budget_estimation`. */
  budget_estimation: optional(wireNumber),
  notes: optional(z.string()),
  icon: optional(z.string()),
  is_billable: optional(wireFlag),
  /** Null for callers who may not see rates: unknown, not zero. */
  rate: optional(wireNumber),
  weekly_hours_limit: optional(wireInt),
  /** The short words `on`, `blur`, `off` (seeds/004: `"blur"`), unlike contracts' enum. */
  screenshots: optional(wireText),
  /** Assumed: no tags sent reads as none (a tag list has no figure to misstate). */
  tags: optional(z.array(projectTagSchema)).transform((tags) => tags ?? []),
  /** Active contracts on the project. */
  contracts_count: optional(wireInt),
  /** PROJECT_ACTIVE or PROJECT_ARCHIVED; any other code is kept and shown as it came. */
  status: optional(wireInt),
  created_at: optional(wireTimestamp),
  updated_at: optional(wireTimestamp),
  deleted_at: optional(wireTimestamp),
})
export type Project = z.output<typeof projectSchema>
/** A project as the wire carries it (the sandbox's rich answer is typed with this). */
export type ProjectWire = z.input<typeof projectSchema>

/** seeds/004's list has no pagination (list-paging: until a short page). */
export const projectListSchema = listEnvelopeSchema(projectSchema)
export const projectEnvelopeSchema = successEnvelopeSchema(projectSchema)
/** Create and update: seeds/004 echoes the project (its update example even the old values). */
export const projectWriteEnvelopeSchema = writeEnvelopeSchema(projectSchema)
export const projectDeletedEnvelopeSchema = writeEnvelopeSchema(z.null())

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
