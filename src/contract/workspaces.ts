import { z } from 'zod'
import { memberStatusSchema, roleSchema, timestampSchema } from './common'
import { listEnvelopeSchema } from './envelope'

export const workspaceSchema = z.object({
  id: z.number().int(),
  owner_id: z.number().int(),
  user_id: z.number().int(),
  workspace_name: z.string(),
  role: roleSchema,
  status: memberStatusSchema,
  created_at: timestampSchema,
  /** `YYYY-MM-DD HH:MM:SS`, not ISO (as documented). */
  activated_at: z.string().nullable(),
})
export type Workspace = z.infer<typeof workspaceSchema>

export const workspaceListSchema = listEnvelopeSchema(workspaceSchema)
