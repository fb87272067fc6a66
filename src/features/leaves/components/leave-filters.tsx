import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { leaveStatusValues } from '@/contract/leaves'
import { NotOffered } from '@/components/data/not-offered'
import { ClearFilters, DateRangeFilter, FilterBar, FilterSelect, MemberFilter, StatusFilter } from '@/components/data/filter-controls'
import type { Option } from '@/components/ui/input'
import { useCapability } from '@/lib/api/capabilities'
import { leaveQueries } from '@/api/leaves/queries'
import { isFiltered, leavesSearchSchema, type LeavesSearch } from '../leaves-search'

const route = getRouteApi('/_authed/w/$workspaceId/leaves/')
const shape = leavesSearchSchema.shape

export function LeaveFilters({ members }: { members: readonly Option[] }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: policies } = useSuspenseQuery(leaveQueries.policies(workspaceId))
  // The policies list is not in the vendor's docs; where it is missing the filter says so.
  const policiesOffered = useCapability('leave-policies')
  const update = (patch: Partial<LeavesSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true })

  return (
    <>
      <FilterBar>
        <StatusFilter value={search.status} statuses={leaveStatusValues} onChange={(status) => update({ status: shape.status.parse(status) })} />
        <MemberFilter value={search.member} members={members} onChange={(member) => update({ member: shape.member.parse(member) })} />
        {policiesOffered && (
          <FilterSelect
            id="filter-policy"
            label="Policy"
            value={search.policy}
            options={policies.map((p) => ({ value: String(p.id), label: p.name }))}
            allLabel="All policies"
            onChange={(v) => update({ policy: shape.policy.parse(v && Number(v)) })}
          />
        )}
        <DateRangeFilter from={search.date_from} to={search.date_to} onChange={update} />
        {isFiltered(search) && (
          <ClearFilters onClear={() => update({ status: undefined, member: undefined, policy: undefined, date_from: undefined, date_to: undefined })} />
        )}
      </FilterBar>
      <NotOffered capability="leave-policies" subject="Filter by leave policy" className="text-xs" />
    </>
  )
}
