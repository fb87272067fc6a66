import { createFileRoute } from '@tanstack/react-router'
import { memberQueries } from '@/api/members/queries'
import { projectQueries } from '@/api/projects/queries'
import { reportSearchSchema } from '@/features/reports/report-search'
import { loadQuery } from '@/lib/query-client'

// Every report shares one URL state (range, filters, view), so switching reports keeps them.
// The reports' own data is not awaited here: long ranges arrive in chunks behind a progress bar.
export const Route = createFileRoute('/_authed/w/$workspaceId/reports')({
  validateSearch: reportSearchSchema,
  // The names the filters and labels need: the same member and project lists every page shares.
  loader: async ({ context: { queryClient }, params, preload }): Promise<void> => {
    await Promise.all([
      loadQuery(queryClient, memberQueries.list(params.workspaceId, {}), { preload }),
      loadQuery(queryClient, projectQueries.list(params.workspaceId), { preload }),
    ])
  },
})
