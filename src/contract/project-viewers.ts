import { z } from 'zod'
import { timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'
import { idField, requiredText } from './fields'

// Project viewers: external read-only users (clients) given access to chosen projects. A viewer's
// id is their user id.

export const projectViewerStatusSchema = z.enum(['active', 'inactive', 'left'])
export type ProjectViewerStatus = z.infer<typeof projectViewerStatusSchema>

export const projectViewerSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
  status: projectViewerStatusSchema.nullable(),
  member_since: timestampSchema.nullable(),
  projects: z.array(z.object({ project_id: z.number().int(), project_name: z.string() })),
})
export type ProjectViewer = z.infer<typeof projectViewerSchema>

export const projectViewerListSchema = listEnvelopeSchema(projectViewerSchema)
export const projectViewerEnvelopeSchema = successEnvelopeSchema(projectViewerSchema)
/** delete, assign-project and unassign-project answer `data: null`. */
export const projectViewerActionEnvelopeSchema = successEnvelopeSchema(z.null())

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
