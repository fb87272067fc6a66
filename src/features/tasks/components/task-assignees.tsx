import { personLabel } from '@/api/members/member-name'
import type { Task } from '@/contract/tasks'
import { Chip } from '@/components/data/chip'
import { Select } from '@/components/ui/input'
import { useTaskAssignment } from '@/api/tasks/mutations'

export interface AssigneeOption {
  id: number
  name: string
}

/**
 * A task's assignees as chips (× unassigns; reversible, so no confirmation) and a select that
 * assigns anyone with a contract on the project (the API refuses others with a 422). "—" when the
 * answer did not say who is assigned (unknown, not nobody).
 */
export function TaskAssignees({
  workspaceId,
  projectId,
  task,
  candidates,
}: {
  workspaceId: number
  projectId: number
  task: Task
  candidates: readonly AssigneeOption[]
}) {
  const assignment = useTaskAssignment(workspaceId, projectId)
  const pending = assignment.isPending && assignment.variables.taskId === task.id ? assignment.variables : null
  const assignees = task.assignees ?? []
  const assigned = new Set(assignees.map((a) => a.id))
  const free = candidates.filter((c) => !assigned.has(c.id))
  const title = task.title
  return (
    <div className="flex flex-wrap items-center gap-1">
      {task.assignees === undefined && <span className="text-muted-foreground">—</span>}
      {assignees.map((a) => {
        const name = personLabel(a, a.id)
        const leaving = pending?.action === 'unassign' && pending.userId === a.id
        return (
          <Chip
            key={a.id}
            pending={leaving}
            removeLabel={`Unassign ${name} from ${title}`}
            disabled={assignment.isPending}
            onRemove={() => assignment.mutate({ action: 'unassign', taskId: task.id, userId: a.id })}
          >
            {name}
          </Chip>
        )
      })}
      {pending?.action === 'assign' && <Chip pending>{candidates.find((c) => c.id === pending.userId)?.name}</Chip>}
      {free.length > 0 && (
        <Select
          aria-label={`Assign a member to ${title}`}
          value=""
          disabled={assignment.isPending}
          onChange={(e) =>
            e.target.value &&
            assignment.mutate({
              action: 'assign',
              taskId: task.id,
              userId: Number(e.target.value),
            })
          }
          className="h-7 w-auto py-0 text-xs"
        >
          <option value="">Assign…</option>
          {free.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      )}
      {assignment.isError && assignment.variables.taskId === task.id && (
        <span role="alert" className="text-xs text-destructive">
          {assignment.error.message}
        </span>
      )}
    </div>
  )
}
