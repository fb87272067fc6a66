import { getRouteApi } from '@tanstack/react-router'
import { timesheetStatusValues } from '@/contract/timesheets'
import { ClearFilters, DateRangeFilter, FilterBar, FilterSelect, MemberFilter } from '@/components/data/filter-controls'
import type { Option } from '@/components/ui/input'
import { timesheetStatusLabel } from '../timesheet-format'
import { isFiltered, timesheetsSearchSchema, type TimesheetsSearch } from '../timesheets-search'

const route = getRouteApi('/_authed/w/$workspaceId/timesheets/')
const shape = timesheetsSearchSchema.shape

/** Status, member, period and order, all in the URL; any change goes back to page 1. */
export function TimesheetFilters({ members }: { members: readonly Option[] }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const update = (patch: Partial<TimesheetsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true })

  return (
    <FilterBar>
      <FilterSelect
        id="filter-status"
        label="Status"
        value={search.status}
        options={timesheetStatusValues.map((status) => ({ value: status, label: timesheetStatusLabel(status) }))}
        allLabel="All statuses"
        onChange={(status) => update({ status: shape.status.parse(status) })}
      />
      <MemberFilter value={search.member} members={members} onChange={(member) => update({ member: shape.member.parse(member) })} />
      <DateRangeFilter from={search.date_from} to={search.date_to} onChange={update} />
      <FilterSelect
        id="filter-order"
        label="Order"
        value={search.order}
        options={[
          { value: 'desc', label: 'Newest first' },
          { value: 'asc', label: 'Oldest first' },
        ]}
        onChange={(v) => update({ order: shape.order.parse(v) })}
      />
      {isFiltered(search) && <ClearFilters onClear={() => update({ status: undefined, member: undefined, date_from: undefined, date_to: undefined })} />}
    </FilterBar>
  )
}
