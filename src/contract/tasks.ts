import { z } from 'zod'
import { isoDateSchema, timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'
import { dateField, idField, laterOrEqual, optionalText, queryIdField, requiredOf, requiredText } from './fields'

// Tasks always belong to a project: every task call names `project_id` (documented as required).
// Status and priority are numeric codes.

export const taskStatusLabels = { 0: 'Incomplete', 10: 'Doing', 20: 'Done', 30: 'Completed' } as const
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

export const taskAssigneeSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
})
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>

export const taskSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  project_id: z.number().int(),
  /** Assumed from the connector catalogue: the parent task of a subtask. */
  parent_id: z.number().int().nullable(),
  /** The workspace owner. */
  owner_id: z.number().int(),
  creator_id: z.number().int(),
  status: z.union([z.literal(0), z.literal(10), z.literal(20), z.literal(30)]),
  priority: z.union([z.literal(10), z.literal(20), z.literal(30), z.literal(40)]),
  start_date: isoDateSchema.nullable(),
  end_date: isoDateSchema.nullable(),
  completed_at: timestampSchema.nullable(),
  assignees: z.array(taskAssigneeSchema),
  /** Whether the task has a description (legacy v1 meaning; assumed). */
  has_details: z.boolean(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
})
export type Task = z.infer<typeof taskSchema>

export const taskListSchema = listEnvelopeSchema(taskSchema)
export const taskEnvelopeSchema = successEnvelopeSchema(taskSchema)
export const taskActionEnvelopeSchema = successEnvelopeSchema(z.null())
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
