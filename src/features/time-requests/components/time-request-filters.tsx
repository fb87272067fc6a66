import { getRouteApi } from '@tanstack/react-router'
import { timeRequestStatusSchema } from '@/contract/time-requests'
import { ClearFilters, DateRangeFilter, FilterBar, FilterSelect, statusOptions, type Option } from '@/components/data/filter-controls'
import { isFiltered, timeRequestsSearchSchema, type TimeRequestsSearch } from '../time-requests-search'

const route = getRouteApi('/_authed/w/$workspaceId/time-requests/')
const shape = timeRequestsSearchSchema.shape

export function TimeRequestFilters({ members }: { members: readonly Option[] }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const update = (patch: Partial<TimeRequestsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true })

  return (
    <FilterBar>
      {/* Required by the API: a cleared date is ignored rather than sent empty. */}
      <DateRangeFilter from={search.date_from} to={search.date_to} onChange={update} required />
      <FilterSelect
        id="filter-status"
        label="Status"
        value={search.status}
        options={statusOptions(timeRequestStatusSchema.options)}
        allLabel="All statuses"
        onChange={(v) => update({ status: shape.status.parse(v) })}
      />
      <FilterSelect
        id="filter-member"
        label="Member"
        className="sm:w-52"
        value={search.member}
        options={members}
        allLabel="All members"
        onChange={(v) => update({ member: shape.member.parse(v && Number(v)) })}
      />
      {isFiltered(search) && (
        <ClearFilters onClear={() => update({ status: undefined, member: undefined, date_from: undefined, date_to: undefined })} />
      )}
    </FilterBar>
  )
}
