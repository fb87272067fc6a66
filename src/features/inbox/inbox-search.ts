import { z } from 'zod'

/** The inbox's URL state: order, a kind filter, and the item on screen (so links can open one). */
export const inboxSearchSchema = z.object({
  order: z.enum(['newest', 'member']).catch('newest').default('newest'),
  kind: z.enum(['all', 'timesheet', 'time-request', 'leave']).catch('all').default('all'),
  item: z.string().optional().catch(undefined),
})
export type InboxSearch = z.infer<typeof inboxSearchSchema>
