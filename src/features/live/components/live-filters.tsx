import { getRouteApi } from '@tanstack/react-router'
import { roleValues } from '@/contract/common'
import { ClearFilters, FilterBar, FilterSelect } from '@/components/data/filter-controls'
import type { Option } from '@/components/ui/input'
import type { LiveRow } from '../live-board'

const route = getRouteApi('/_authed/w/$workspaceId/live/')

/** Project, team and role, kept in the URL; the options come from the members on the board. */
export function LiveFilters({ rows, projects }: { rows: readonly LiveRow[]; projects?: readonly Option[] }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const set = (patch: Record<string, unknown>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
  const teams = [...new Set(rows.map((r) => r.member.team_name).filter((t): t is string => !!t))].sort().map((t) => ({ value: t, label: t }))
  return (
    <FilterBar>
      <FilterSelect
        id="live-project"
        label="Project"
        value={search.project}
        options={projects ?? []}
        allLabel="All projects"
        onChange={(v) => set({ project: v ? Number(v) : undefined })}
      />
      <FilterSelect id="live-team" label="Team" value={search.team} options={teams} allLabel="All teams" onChange={(v) => set({ team: v })} />
      <FilterSelect
        id="live-role"
        label="Role"
        value={search.role}
        options={roleValues.filter((r) => r !== 'Project viewer').map((r) => ({ value: r, label: r }))}
        allLabel="All roles"
        onChange={(v) => set({ role: v })}
      />
      {(search.project || search.team || search.role) && <ClearFilters onClear={() => set({ project: undefined, team: undefined, role: undefined })} />}
    </FilterBar>
  )
}
