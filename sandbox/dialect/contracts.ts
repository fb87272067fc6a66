import { answer, each, messageOnly, pick, type DocumentedOperation } from './answer'

// endpoints.md "Contracts". Fields from `screenshots` on come from the connector catalogue ("not
// confirmed by the vendor page text"), so they go, except `rate`: the vendor's Contracts page says
// rate information shows only with the rate permission on billable projects, which the rich answer
// already applies. The list follows variant B's example: `pagination` at the top level, no from/to.
// Assumed: the list keeps its documented message ("Contracts retrieved successfully").

const CONTRACT_FIELDS = [
  'id',
  'project_id',
  'project_name',
  'project_icon',
  'user_id',
  'user_firstname',
  'user_lastname',
  'user_email',
  'user_role',
  'weekly_hours_limit',
  'rate',
]
const contract = pick(CONTRACT_FIELDS)

export const contractOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/contracts', success: answer({ message: true, pagination: 'top' }, each(contract)) },
  { method: 'POST', path: '/contracts', success: answer({ message: true }, contract) },
  { method: 'GET', path: '/contracts/:id', success: answer({}, contract) },
  { method: 'PUT', path: '/contracts/:id', success: answer({}, contract) },
  { method: 'DELETE', path: '/contracts/:id', success: messageOnly },
]
