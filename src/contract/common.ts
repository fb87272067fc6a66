import { z } from 'zod'

// Shapes every resource shares. The vendor's docs are the source; where they are silent the
// choice is marked "assumed" and lives here, once.

export const roleValues = ['Owner', 'Executive manager', 'Team manager', 'Project manager', 'Regular User', 'Project viewer'] as const
export const roleSchema = z.enum(roleValues)
export type Role = z.infer<typeof roleSchema>

/** Roles that may call API V2 at all (vendor intro page, variant A). */
export const apiRoles: readonly Role[] = ['Owner', 'Executive manager']

/** Roles a member can be given through the API: Owner is absent from the vendor's update enum. */
export const assignableRoleSchema = z.enum(roleValues.filter((r) => r !== 'Owner') as [Exclude<Role, 'Owner'>, ...Exclude<Role, 'Owner'>[]])

export const memberStatusValues = ['active', 'inactive', 'left', 'unknown'] as const
export const memberStatusSchema = z.enum(memberStatusValues)
export type MemberStatus = z.infer<typeof memberStatusSchema>

/** `YYYY-MM-DD` naming a real day (no 2026-13-01, no 2024-02-30). Never throws, whatever the text. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

/** `YYYY-MM-DD`, the docs' `Y-m-d`, and a real calendar day. */
export const isoDateSchema = z.string().refine(isCalendarDate, 'The date must be a valid date in the format YYYY-MM-DD.')

/**
 * Timestamps arrive as `2024-01-15T09:00:00Z`, with an offset or with microseconds; parse them
 * tolerantly and let the UI format them.
 */
export const timestampSchema = z.string().min(1)

/** Laravel-style integer ids in paths and queries arrive as strings. */
export const idParamSchema = z.coerce.number({ error: 'The id must be an integer.' }).int('The id must be an integer.').positive('The id must be an integer.')
