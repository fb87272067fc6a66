import { useCallback } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import type { TimeRequest } from '@/contract/time-requests'
import { timeRequestQueries } from '@/api/time-requests/queries'
import { TimeRequestsPage } from '@/features/time-requests/components/time-requests-page'
import { timeRequestFiltersFromSearch, timeRequestsSearchSchema } from '@/features/time-requests/time-requests-search'
import { loadQuery } from '@/lib/query-client'
import { contractListQuery, memberListQuery, useContractLookups, useMemberLookups } from '../-components/queue-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/time-requests/')({
  validateSearch: timeRequestsSearchSchema,
  loaderDeps: ({ search }) => timeRequestFiltersFromSearch(search),
  loader: ({ context: { queryClient }, params: { workspaceId }, deps, preload }) =>
    Promise.all([
      loadQuery(queryClient, timeRequestQueries.page(workspaceId, deps), { preload }),
      loadQuery(queryClient, memberListQuery(workspaceId), { preload }),
      loadQuery(queryClient, contractListQuery(workspaceId), { preload }),
    ]),
  component: TimeRequestsRoute,
})

function TimeRequestsRoute() {
  const { workspaceId } = Route.useParams()
  const { names, options } = useMemberLookups(workspaceId)
  const { projectByContract, projectNames } = useContractLookups(workspaceId)
  const projectName = useCallback(
    (r: TimeRequest) =>
      (r.contract_id !== undefined ? projectByContract.get(r.contract_id) : undefined) ??
      (r.project_id !== undefined ? projectNames.get(r.project_id) : undefined) ??
      null,
    [projectByContract, projectNames],
  )
  return <TimeRequestsPage members={options} memberNames={names} projectName={projectName} />
}
