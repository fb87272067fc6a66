import { answer, each, messageOnly, pick, type DocumentedOperation } from './answer'

// endpoints.md "Members". The fields after `title` come from the connector catalogue and the
// legacy API ("likely but not confirmed"), so they go, except `rate`: the vendor's text says rate
// fields appear only for callers allowed to see rates, and the rich answer already leaves it out
// for the others.

const MEMBER_FIELDS = ['id', 'email', 'firstname', 'lastname', 'avatar', 'current_role', 'timezone', 'status', 'team_name', 'title', 'rate']
const member = pick(MEMBER_FIELDS)

export const memberOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/members', success: answer({ pagination: 'meta' }, each(member)) },
  { method: 'POST', path: '/members', success: answer({ message: true }, pick(['user_id', 'invitation_link'])) },
  { method: 'GET', path: '/members/:id', success: answer({ message: true }, member) },
  // Documented as `object|null`; assumed to be the member, as the read answers it.
  { method: 'PUT', path: '/members/:id', success: answer({ message: true }, member) },
  { method: 'DELETE', path: '/members/:id', success: messageOnly },
]
