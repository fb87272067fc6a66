import { z } from 'zod'
import { listEnvelopeSchema } from './envelope'
import { wireMemberStatusSchema, wireRoleSchema } from './members'
import { optional, wireId, wireText, wireTimestamp } from './wire'

/**
 * A workspace the caller belongs to, with the caller's role in it. Only what the dashboard cannot
 * do without is required (the id, its name and the caller's role); the rest is optional.
 */
export const workspaceSchema = z.object({
  id: wireId,
  owner_id: optional(wireId),
  /** The caller. */
  user_id: optional(wireId),
  workspace_name: wireText,
  role: wireRoleSchema,
  status: optional(wireMemberStatusSchema),
  created_at: optional(wireTimestamp),
  /** Sent as `YYYY-MM-DD HH:MM:SS` without a zone; read as UTC (wireTimestamp). */
  activated_at: optional(wireTimestamp),
})
export type Workspace = z.output<typeof workspaceSchema>
/** A workspace as the wire carries it (the sandbox's rich answer is typed with this). */
export type WorkspaceWire = z.input<typeof workspaceSchema>

export const workspaceListSchema = listEnvelopeSchema(workspaceSchema)
