import { useSuspenseQuery } from '@tanstack/react-query'
import { workspaceQueries } from '@/api/workspaces/queries'

/** A native select: the workspace id lives in the URL, so this only navigates. */
export function WorkspaceSwitcher({ workspaceId, onSelect }: { workspaceId: number; onSelect: (id: number) => void }) {
  const { data: workspaces } = useSuspenseQuery(workspaceQueries.list())
  return (
    <label className="flex min-w-0 items-center gap-2">
      <span className="sr-only">Workspace</span>
      <select
        value={workspaceId}
        onChange={(event) => onSelect(Number(event.target.value))}
        className="h-9 max-w-40 truncate rounded-md sm:max-w-64 border border-input bg-background px-2 font-medium"
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.workspace_name} · {w.role}
          </option>
        ))}
      </select>
    </label>
  )
}
