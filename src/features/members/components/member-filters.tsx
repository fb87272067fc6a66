import { useState } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { memberStatusValues, roleValues } from '@/contract/common'
import { ClearFilters, FilterSelect, StatusFilter } from '@/components/data/filter-controls'
import { Input, Label } from '@/components/ui/input'
import { membersSearchSchema } from '../members-search'

const route = getRouteApi('/_authed/w/$workspaceId/members/')
const roleOptions = roleValues.map((role) => ({ value: role, label: role }))

/** Status, role and a search over names and emails, all kept in the URL so a filtered list can be shared. */
export function MemberFilters() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const [query, setQuery] = useState(search.q ?? '')
  const [lastUrlQuery, setLastUrlQuery] = useState(search.q)
  // Back/forward changes the URL under the box: follow it (but not the box's own trimmed echo,
  // which would eat the space typed between two words).
  if (lastUrlQuery !== search.q) {
    setLastUrlQuery(search.q)
    if ((query.trim() || undefined) !== search.q) setQuery(search.q ?? '')
  }

  const update = (patch: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })

  const filtered = Boolean(search.status || search.role || search.q)

  return (
    <div className="flex flex-wrap items-end gap-3">
      <StatusFilter
        value={search.status}
        statuses={memberStatusValues}
        onChange={(status) => update({ status: membersSearchSchema.shape.status.parse(status) })}
      />
      <FilterSelect
        id="filter-role"
        label="Role"
        className="w-48"
        value={search.role}
        options={roleOptions}
        allLabel="All roles"
        onChange={(role) => update({ role: membersSearchSchema.shape.role.parse(role) })}
      />
      {/* The list is already loaded: it narrows as you type, with no request. */}
      <div role="search" aria-label="Search members" className="grid gap-1">
        <Label htmlFor="filter-search">Search</Label>
        <Input
          id="filter-search"
          type="search"
          className="w-64"
          placeholder="Name or email"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            update({ q: membersSearchSchema.shape.q.parse(e.target.value.trim() || undefined) })
          }}
        />
      </div>
      {filtered && (
        <ClearFilters
          onClear={() => {
            setQuery('')
            update({ status: undefined, role: undefined, q: undefined })
          }}
        />
      )}
    </div>
  )
}
