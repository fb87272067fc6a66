import { createFileRoute } from '@tanstack/react-router'
import { reportSearchSchema } from '@/features/reports/report-search'
import { loadQuery } from '@/lib/query-client'

// Every report shares one URL state (range, filters, view), so switching reports keeps them.
// The reports' own data is not awaited here: long ranges arrive in chunks behind a progress bar.
export const Route = createFileRoute('/_authed/w/$workspaceId/reports')({
  validateSearch: reportSearchSchema,
  // The loader is not code-split: importing the queries on demand keeps the report schemas out of
  // the first page's bundle. (Typed `Promise<void>` so the route's types do not depend on them.)
  loader: async ({ context: { queryClient }, params, preload }): Promise<void> => {
    const { reportQueries } = await import('@/api/reports/queries')
    await Promise.all([
      loadQuery(queryClient, reportQueries.members(params.workspaceId), { preload }),
      loadQuery(queryClient, reportQueries.projects(params.workspaceId), { preload }),
    ])
  },
})
