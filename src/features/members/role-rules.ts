import { assignableRoleSchema } from '@/contract/common'

/** The roles the API lets anyone grant: Owner is not among them (the vendor's update enum). */
export const assignableRoles = assignableRoleSchema.options

/** Why the role choice is what it is, said next to the control (the API enforces all of it). */
export const roleRulesHint =
  'Owner cannot be given to anyone: a workspace has one owner. Only Owners and Executive managers may use the API; project viewers see only the projects opened to them.'

/** The owner's role cannot be changed and the owner cannot be archived (the API says 422). */
export const isOwner = (role: string) => role === 'Owner'
