import { useSuspenseQuery } from '@tanstack/react-query'
import { workspaceQueries } from '@/api/workspaces/queries'

/** The workspace's name and the caller's place in it. `activated_at` is not ISO: shown as sent. */
export function WorkspaceSummary({ workspaceId }: { workspaceId: number }) {
  const { data: workspaces } = useSuspenseQuery(workspaceQueries.list())
  const workspace = workspaces.find((w) => w.id === workspaceId)
  if (!workspace) return null
  const since = workspace.activated_at?.slice(0, 10)
  return (
    <div>
      <h1 className="text-xl font-semibold tracking-tight">{workspace.workspace_name}</h1>
      <p className="text-muted-foreground">
        You are {workspace.role === 'Owner' ? 'the Owner' : `${/^[AEIOU]/.test(workspace.role) ? 'an' : 'a'} ${workspace.role}`}
        {since ? ` here since ${since}` : ''}.
      </p>
    </div>
  )
}
