import { z } from 'zod'
import { assignableRoleSchema, memberStatusSchema, roleSchema, timestampSchema } from './common'
import { listEnvelopeSchema, successEnvelopeSchema } from './envelope'

export const memberSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
  avatar: z.string().nullable(),
  current_role: roleSchema,
  timezone: z.string().nullable(),
  status: memberStatusSchema,
  team_name: z.string().nullable(),
  title: z.string().nullable(),
  /** Present only when the caller may see rates: a missing rate is unknown, not zero. */
  rate: z.number().optional(),
  rate_status: z.union([z.literal(0), z.literal(1)]),
  rate_type: z.string().optional(),
  screenshots: z.string(),
  is_blocked: z.boolean(),
  weekly_hours_limit: z.number().int(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
  deleted_at: timestampSchema.nullable(),
})
export type Member = z.infer<typeof memberSchema>

export const memberListSchema = listEnvelopeSchema(memberSchema)
export const memberEnvelopeSchema = successEnvelopeSchema(memberSchema)

/** Filters of `GET /members` (besides workspace_id and paging). */
export const memberFiltersSchema = z.object({
  email: z.email('The email must be a valid email address.').optional(),
  status: memberStatusSchema.optional(),
  role: roleSchema.optional(),
})
export type MemberFilters = z.infer<typeof memberFiltersSchema>

const nameSchema = (field: string) =>
  z.string(`The ${field} field is required.`).trim().min(1, `The ${field} field is required.`).max(255, `The ${field} may not be greater than 255 characters.`)

export const inviteMemberInputSchema = z.object({
  email: z.email('The email must be a valid email address.'),
  firstname: nameSchema('firstname'),
  lastname: nameSchema('lastname'),
  // Assumed: invite accepts the same roles as update (Owner cannot be granted).
  role: assignableRoleSchema,
})
export type InviteMemberInput = z.infer<typeof inviteMemberInputSchema>

export const inviteMemberResultSchema = z.object({
  user_id: z.number().int(),
  invitation_link: z.string(),
})
export const inviteMemberEnvelopeSchema = successEnvelopeSchema(inviteMemberResultSchema)

export const updateMemberInputSchema = z
  .object({
    email: z.email('The email must be a valid email address.'),
    firstname: nameSchema('firstname'),
    lastname: nameSchema('lastname'),
    timezone: z.string().refine(isIanaTimezone, 'The timezone must be a valid IANA time zone.'),
    role: assignableRoleSchema,
    rate_status: z.union([z.literal(0), z.literal(1)]),
    weekly_hours_limit: z.number().int('The weekly hours limit must be an integer.').min(0).max(168, 'The weekly hours limit may not be greater than 168.'),
    remove_avatar: z.union([z.literal(0), z.literal(1)]),
  })
  .partial()
export type UpdateMemberInput = z.infer<typeof updateMemberInputSchema>

export const archiveMemberEnvelopeSchema = successEnvelopeSchema(z.null().optional())

function isIanaTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}
