import { z } from 'zod'
import { assignableRoleSchema, memberStatusSchema, memberStatusValues, roleSchema, roleValues } from './common'
import { listEnvelopeSchema, successEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { openEnum, optional, wireFlag, wireId, wireInt, wireNumber, wireText, wireTimestamp } from './wire'

/** A role as the vendor writes it; one we do not know is kept as its text. */
export const wireRoleSchema = openEnum(roleValues)
/** active|inactive|left|unknown, or any other status as its text. */
export const wireMemberStatusSchema = openEnum(memberStatusValues)

/** A first or last name. Assumed: null or absent reads as empty (the UI then names the email). */
export const personNameSchema = optional(wireText).transform((name) => name ?? '')

/**
 * A member. The vendor's pages confirm the fields up to `title`; the rest come from the connector
 * catalogue and the legacy v1 page ("likely but not confirmed"), so each is optional: undefined is
 * unknown, shown as "—", never as 0 or false. `rate` is absent (or null) for callers who may not
 * see rates.
 */
export const memberSchema = z.object({
  id: wireId,
  email: z.string(),
  firstname: personNameSchema,
  lastname: personNameSchema,
  /** A file name, e.g. avatar.jpg. */
  avatar: optional(z.string()),
  current_role: wireRoleSchema,
  /** IANA, e.g. America/New_York. */
  timezone: optional(z.string()),
  status: wireMemberStatusSchema,
  team_name: optional(wireText),
  /** Job title. */
  title: optional(wireText),
  rate: optional(wireNumber),
  /** Whether the member may see rates: 1 visible, 0 hidden (the update body's values). */
  rate_status: optional(wireFlag.transform((visible): 0 | 1 => (visible ? 1 : 0))),
  rate_type: optional(wireText),
  screenshots: optional(wireText),
  is_blocked: optional(wireFlag),
  /** Hours per week; 168 is the vendor's "no limit". */
  weekly_hours_limit: optional(wireInt),
  created_at: optional(wireTimestamp),
  updated_at: optional(wireTimestamp),
  deleted_at: optional(wireTimestamp),
})
export type Member = z.output<typeof memberSchema>
/** A member as the wire carries it (the sandbox's rich answer is typed with this). */
export type MemberWire = z.input<typeof memberSchema>

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
  user_id: wireId,
  invitation_link: optional(z.string()),
})
export const inviteMemberEnvelopeSchema = writeEnvelopeSchema(inviteMemberResultSchema)

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

/** `PUT /members/{id}` answers `data: object|null` (the object's shape is not documented). */
export const updateMemberEnvelopeSchema = writeEnvelopeSchema(memberSchema)

/** `DELETE /members/{id}` documents `{ success, message }` only. */
export const archiveMemberEnvelopeSchema = writeEnvelopeSchema(z.null())

function isIanaTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}
