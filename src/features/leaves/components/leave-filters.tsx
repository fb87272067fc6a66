import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { leaveStatusSchema } from '@/contract/leaves'
import { ClearFilters, DateRangeFilter, FilterBar, FilterSelect, MemberFilter, StatusFilter } from '@/components/data/filter-controls'
import type { Option } from '@/components/ui/input'
import { leaveQueries } from '../api/queries'
import { isFiltered, leavesSearchSchema, type LeavesSearch } from '../leaves-search'

const route = getRouteApi('/_authed/w/$workspaceId/leaves/')
const shape = leavesSearchSchema.shape

export function LeaveFilters({ members }: { members: readonly Option[] }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: policies } = useSuspenseQuery(leaveQueries.policies(workspaceId))
  const update = (patch: Partial<LeavesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true })

  return (
    <FilterBar>
      <StatusFilter value={search.status} statuses={leaveStatusSchema.options} onChange={(status) => update({ status: shape.status.parse(status) })} />
      <MemberFilter value={search.member} members={members} onChange={(member) => update({ member: shape.member.parse(member) })} />
      <FilterSelect
        id="filter-policy"
        label="Policy"
        value={search.policy}
        options={policies.map((p) => ({ value: String(p.id), label: p.name }))}
        allLabel="All policies"
        onChange={(v) => update({ policy: shape.policy.parse(v && Number(v)) })}
      />
      <DateRangeFilter from={search.date_from} to={search.date_to} onChange={update} />
      {isFiltered(search) && (
        <ClearFilters
          onClear={() => update({ status: undefined, member: undefined, policy: undefined, date_from: undefined, date_to: undefined })}
        />
      )}
    </FilterBar>
  )
}
