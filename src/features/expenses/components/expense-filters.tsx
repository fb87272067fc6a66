import { getRouteApi } from '@tanstack/react-router'
import { ClearFilters, DateRangeFilter, FilterBar } from '@/components/data/filter-controls'
import { isFiltered, type ExpensesSearch } from '../expenses-search'

const route = getRouteApi('/_authed/w/$workspaceId/expenses/')

export function ExpenseFilters() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const update = (patch: Partial<ExpensesSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true })
  return (
    <FilterBar>
      <DateRangeFilter from={search.date_from} to={search.date_to} onChange={update} />
      {isFiltered(search) && <ClearFilters onClear={() => update({ date_from: undefined, date_to: undefined })} />}
    </FilterBar>
  )
}
