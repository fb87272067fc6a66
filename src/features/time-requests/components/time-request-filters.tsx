import { getRouteApi } from '@tanstack/react-router'
import { timeRequestStatusValues } from '@/contract/time-requests'
import { ClearFilters, DateRangeFilter, FilterBar, MemberFilter, StatusFilter } from '@/components/data/filter-controls'
import type { Option } from '@/components/ui/input'
import { isFiltered, timeRequestsSearchSchema, type TimeRequestsSearch } from '../time-requests-search'

const route = getRouteApi('/_authed/w/$workspaceId/time-requests/')
const shape = timeRequestsSearchSchema.shape

export function TimeRequestFilters({ members }: { members: readonly Option[] }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const update = (patch: Partial<TimeRequestsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true })

  return (
    <FilterBar>
      {/* Required by the API: a cleared date is ignored rather than sent empty. */}
      <DateRangeFilter from={search.date_from} to={search.date_to} onChange={update} required />
      <StatusFilter value={search.status} statuses={timeRequestStatusValues} onChange={(status) => update({ status: shape.status.parse(status) })} />
      <MemberFilter value={search.member} members={members} onChange={(member) => update({ member: shape.member.parse(member) })} />
      {isFiltered(search) && <ClearFilters onClear={() => update({ status: undefined, member: undefined, date_from: undefined, date_to: undefined })} />}
    </FilterBar>
  )
}
