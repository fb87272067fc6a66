import { z } from 'zod'
import { successEnvelopeSchema, writeEnvelopeSchema, listEnvelopeSchema } from './envelope'
import { idField, requiredText } from './fields'
import { personNameSchema } from './members'
import { openEnum, optional, wireId, wireText, wireTimestamp } from './wire'

// Project viewers: external read-only users (clients) given access to chosen projects. A viewer's
// id is their user id.

export const projectViewerStatusValues = ['active', 'inactive', 'left'] as const
export type ProjectViewerStatus = (typeof projectViewerStatusValues)[number]

export const viewerProjectSchema = z.object({ project_id: wireId, project_name: optional(wireText) })

/** Besides id and email every field is optional: undefined is unknown, shown as "—". */
export const projectViewerSchema = z.object({
  id: wireId,
  email: z.string(),
  firstname: personNameSchema,
  lastname: personNameSchema,
  /** active|inactive|left, any other status as its text; null in the docs: unknown. */
  status: optional(openEnum(projectViewerStatusValues)),
  member_since: optional(wireTimestamp),
  /** The projects opened to the viewer; undefined when the answer did not say. */
  projects: optional(z.array(viewerProjectSchema)),
})
export type ProjectViewer = z.output<typeof projectViewerSchema>
export type ProjectViewerWire = z.input<typeof projectViewerSchema>

export const projectViewerListSchema = listEnvelopeSchema(projectViewerSchema)
export const projectViewerEnvelopeSchema = successEnvelopeSchema(projectViewerSchema)
export const projectViewerWriteEnvelopeSchema = writeEnvelopeSchema(projectViewerSchema)
/** Delete, restore, assign- and unassign-project answer `data: null` or `{ success, message }` only. */
export const projectViewerActionEnvelopeSchema = writeEnvelopeSchema(z.null())

export const projectViewerFiltersSchema = z.object({
  email: z.email('The email must be a valid email address.').optional(),
})
export type ProjectViewerFilters = z.infer<typeof projectViewerFiltersSchema>

export const createProjectViewerInputSchema = z.object({
  email: z.email('The email must be a valid email address.'),
  firstname: requiredText('firstname'),
  lastname: requiredText('lastname'),
  /** Assumed: the projects to open to the viewer right away (assign-project does it one by one). */
  project_ids: z.array(idField('project id'), 'The project ids must be an array.').optional(),
})
export type CreateProjectViewerInput = z.input<typeof createProjectViewerInputSchema>

/** Body of assign-project and (assumed by symmetry) unassign-project. */
export const viewerProjectInputSchema = z.object({ project_id: idField('project id') })
export type ViewerProjectInput = z.infer<typeof viewerProjectInputSchema>
