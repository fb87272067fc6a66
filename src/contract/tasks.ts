import { z } from 'zod'
import { successEnvelopeSchema, writeEnvelopeSchema, listEnvelopeSchema } from './envelope'
import { dateField, idField, laterOrEqual, optionalText, queryIdField, requiredOf, requiredText } from './fields'
import { personNameSchema } from './members'
import { optional, wireDate, wireFlag, wireId, wireInt, wireText, wireTimestamp } from './wire'

// Tasks always belong to a project: every task call names `project_id` (documented as required).
// Status and priority are numeric codes.

/**
 * The docs' four codes, 0/10/20/30, in one vocabulary. The docs name 20 "Done" and 30 "Completed",
 * two words a reader takes for one state. Assumed: 30 is the closing state (the docs' example
 * stamps `completed_at` on it), so it reads "Closed" and 20, finished but not closed, stays "Done".
 */
export const taskStatusLabels = { 0: 'Incomplete', 10: 'Doing', 20: 'Done', 30: 'Closed' } as const
export const taskPriorityLabels = { 10: 'Urgent', 20: 'High', 30: 'Normal', 40: 'Low' } as const
export type TaskStatusCode = keyof typeof taskStatusLabels
export type TaskPriorityCode = keyof typeof taskPriorityLabels

const codeSchema = <C extends number>(field: string, codes: readonly C[]) =>
  z
    .number(requiredOf(field, 'an integer'))
    .refine((n): n is C => (codes as readonly number[]).includes(n), `The selected ${field} is invalid.`)
    .transform((n) => n as C)

export const taskStatusCodes = [0, 10, 20, 30] as const satisfies readonly TaskStatusCode[]
export const taskPriorityCodes = [10, 20, 30, 40] as const satisfies readonly TaskPriorityCode[]
export const taskStatusSchema = codeSchema<TaskStatusCode>('status', taskStatusCodes)
export const taskPrioritySchema = codeSchema<TaskPriorityCode>('priority', taskPriorityCodes)

/** "Doing", or the code as it came (its raw text) when we do not know it. */
export const taskStatusLabel = (code: number): string => taskStatusLabels[code as TaskStatusCode] ?? String(code)
export const taskPriorityLabel = (code: number): string => taskPriorityLabels[code as TaskPriorityCode] ?? String(code)
export const isTaskStatusCode = (code: number | undefined): code is TaskStatusCode => code !== undefined && code in taskStatusLabels
export const isTaskPriorityCode = (code: number | undefined): code is TaskPriorityCode => code !== undefined && code in taskPriorityLabels

export const taskAssigneeSchema = z.object({
  id: wireId,
  email: optional(z.string()),
  firstname: personNameSchema,
  lastname: personNameSchema,
})
export type TaskAssignee = z.output<typeof taskAssigneeSchema>
export type TaskAssigneeWire = z.input<typeof taskAssigneeSchema>

/**
 * A task as endpoints.md lists it. Besides the id and title every field is optional (undefined is
 * unknown, shown as "—"); `parent_id`, `created_at` and `updated_at` were never shown by the
 * vendor. Status and priority codes we do not know are kept as numbers and shown as such.
 */
export const taskSchema = z.object({
  id: wireId,
  title: wireText,
  description: optional(z.string()),
  project_id: optional(wireId),
  /** Assumed from the connector catalogue: the parent task of a subtask. */
  parent_id: optional(wireId),
  /** The workspace owner. */
  owner_id: optional(wireId),
  creator_id: optional(wireId),
  /** A TaskStatusCode, or another code as it came. */
  status: optional(wireInt),
  /** A TaskPriorityCode, or another code as it came. */
  priority: optional(wireInt),
  start_date: optional(wireDate),
  end_date: optional(wireDate),
  completed_at: optional(wireTimestamp),
  /** Undefined when the answer did not say: unknown, not "nobody". */
  assignees: optional(z.array(taskAssigneeSchema)),
  /** Whether the task has a description (legacy v1 meaning; assumed). */
  has_details: optional(wireFlag),
  created_at: optional(wireTimestamp),
  updated_at: optional(wireTimestamp),
})
export type Task = z.output<typeof taskSchema>
/** A task as the wire carries it (the sandbox's rich answer is typed with this). */
export type TaskWire = z.input<typeof taskSchema>

export const taskListSchema = listEnvelopeSchema(taskSchema)
export const taskEnvelopeSchema = successEnvelopeSchema(taskSchema)
/** Create and update echo the task (documented); callers re-read rather than trust it. */
export const taskWriteEnvelopeSchema = writeEnvelopeSchema(taskSchema)
/** Delete, assign and unassign document `{ success, message }` only. */
export const taskActionEnvelopeSchema = writeEnvelopeSchema(z.null())
export const taskAssigneesEnvelopeSchema = successEnvelopeSchema(z.array(taskAssigneeSchema))

const statusQuery = z.coerce.number('The status must be an integer.').pipe(taskStatusSchema)
const priorityQuery = z.coerce.number('The priority must be an integer.').pipe(taskPrioritySchema)

/** `project_id` in the query (reads) names the project every task call is about. */
export const taskProjectQuerySchema = z.object({ project_id: queryIdField('project id') })

/** `GET /tasks` filters; `project_id` is required (variants A and B). */
export const taskFiltersSchema = taskProjectQuerySchema.extend({
  status: statusQuery.optional(),
  priority: priorityQuery.optional(),
})
export type TaskFilters = z.input<typeof taskFiltersSchema>

/** Writes carry `project_id` in the body (Appendix A). */
export const taskProjectBodySchema = z.object({ project_id: idField('project id') })

const taskFields = {
  title: requiredText('title'),
  description: optionalText('description', 65_535),
  status: taskStatusSchema.optional(),
  priority: taskPrioritySchema.optional(),
  start_date: dateField('start date').nullable().optional(),
  end_date: dateField('end date').nullable().optional(),
  parent_id: idField('parent id').nullable().optional(),
}

const endAfterStart = laterOrEqual<{ start_date?: string | null; end_date?: string | null }>(
  'start_date',
  'end_date',
  'The end date must be a date after or equal to start date.',
)

/** `POST /tasks`: status defaults to 0 (Incomplete), priority to 30 (Normal). */
export const createTaskInputSchema = taskProjectBodySchema
  .extend({
    ...taskFields,
    /** User ids (variant A's example); each needs a contract on the project. */
    assignees: z.array(idField('assignee'), 'The assignees must be an array.').optional(),
  })
  .superRefine(endAfterStart)
export type CreateTaskInput = z.input<typeof createTaskInputSchema>

export const updateTaskInputSchema = taskProjectBodySchema.extend(z.object(taskFields).partial().shape).superRefine(endAfterStart)
export type UpdateTaskInput = z.input<typeof updateTaskInputSchema>
