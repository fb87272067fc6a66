import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { taskPriorityLabel, taskStatusLabel, type Task } from '@/contract/tasks'
import { ConfirmDialog } from '@/components/data/confirm-dialog'
import { EmptyState } from '@/components/data/empty-state'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Spinner } from '@/components/ui/spinner'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { useCreateTask, useDeleteTask, useUpdateTask } from '@/api/tasks/mutations'
import { taskQueries } from '@/api/tasks/queries'
import { emptyTaskValues, taskFormValues } from '../task-form-values'
import { TaskAssignees, type AssigneeOption } from './task-assignees'
import { TaskForm } from './task-form'

type Editing = { kind: 'create' } | { kind: 'edit'; task: Task }
// Done is the finish worth seeing; Closed is settled and steps back.
const statusTones: Record<number, 'neutral' | 'warning' | 'success'> = { 0: 'neutral', 10: 'warning', 20: 'success', 30: 'neutral' }

/**
 * A project's tasks. They load only when the project page is open (one request per project, not
 * one per project in the workspace), and their assignees come with the list, so there is no
 * per-task request either.
 */
export function ProjectTasks({
  workspaceId,
  projectId,
  candidates,
  editable,
}: {
  workspaceId: number
  projectId: number
  candidates: readonly AssigneeOption[]
  editable: boolean
}) {
  const tasks = useQuery(taskQueries.project(workspaceId, projectId))
  const create = useCreateTask(workspaceId, projectId)
  const update = useUpdateTask(workspaceId, projectId)
  const remove = useDeleteTask(workspaceId, projectId)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [deleting, setDeleting] = useState<Task | null>(null)
  const closeDelete = () => {
    remove.reset()
    setDeleting(null)
  }
  return (
    <section aria-labelledby="project-tasks" className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h2 id="project-tasks" className="text-base font-semibold">
          Tasks <span className="font-normal text-muted-foreground">{tasks.data?.length}</span>
        </h2>
        {editable && (
          <Button size="sm" variant="outline" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden />
            Add task
          </Button>
        )}
      </div>
      {tasks.isPending ? (
        <Spinner />
      ) : tasks.isError ? (
        <p role="alert" className="text-destructive">
          Tasks could not be loaded: {tasks.error.message}
        </p>
      ) : tasks.data.length === 0 ? (
        <EmptyState>No tasks yet.</EmptyState>
      ) : (
        <Table label="Tasks of this project">
          <THead>
            <tr>
              <Th>Title</Th>
              <Th>Status</Th>
              <Th className="hidden sm:table-cell">Priority</Th>
              <Th>Assignees</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </THead>
          <tbody>
            {tasks.data.map((t) => (
              <Tr key={t.id}>
                <Td className="font-medium">{t.title}</Td>
                <Td>{t.status === undefined ? '—' : <Badge tone={statusTones[t.status] ?? 'neutral'}>{taskStatusLabel(t.status)}</Badge>}</Td>
                <Td className="hidden text-muted-foreground sm:table-cell">{t.priority === undefined ? '—' : taskPriorityLabel(t.priority)}</Td>
                <Td>
                  <TaskAssignees workspaceId={workspaceId} projectId={projectId} task={t} candidates={candidates} />
                </Td>
                <Td className="text-right whitespace-nowrap">
                  <Button size="sm" variant="ghost" aria-label={`Edit ${t.title}`} onClick={() => setEditing({ kind: 'edit', task: t })}>
                    Edit
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`Delete ${t.title}`} onClick={() => setDeleting(t)}>
                    Delete
                  </Button>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing?.kind === 'edit' ? 'Edit task' : 'New task'}>
        {editing && (
          <TaskForm
            key={editing.kind === 'edit' ? editing.task.id : 'new'}
            mode={editing.kind}
            candidates={candidates}
            defaultValues={editing.kind === 'edit' ? taskFormValues(editing.task, projectId) : emptyTaskValues(projectId)}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              if (editing.kind === 'edit')
                await update.mutateAsync({
                  taskId: editing.task.id,
                  input: values,
                })
              else await create.mutateAsync(values)
              setEditing(null)
            }}
          />
        )}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this task?"
        description={
          deleting && <>“{deleting.title}” and its assignments go; its subtasks move to the top level. A task with tracked time cannot be deleted.</>
        }
        confirmLabel="Delete task"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.error}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </section>
  )
}
