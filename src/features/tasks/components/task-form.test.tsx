import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Task } from '@/contract/tasks'
import { emptyTaskValues, taskFormValues } from '../task-form-values'
import { TaskForm } from './task-form'

describe('task form', () => {
  it('requires a title, orders the dates, and sends codes as numbers', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = userEvent.setup()
    render(<TaskForm mode="create" defaultValues={emptyTaskValues(1055)} candidates={[]} onSubmit={onSubmit} onCancel={() => undefined} />)
    await user.type(screen.getByLabelText('Start date'), '2026-12-10')
    await user.type(screen.getByLabelText('End date'), '2026-12-01')
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    expect(await screen.findByText('The title field is required.')).toBeTruthy()
    expect(screen.getByText('The end date must be a date after or equal to start date.')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()

    await user.type(screen.getByLabelText('Title'), 'Write the brief')
    await user.clear(screen.getByLabelText('End date'))
    await user.selectOptions(screen.getByLabelText('Priority'), 'Urgent')
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        project_id: 1055,
        title: 'Write the brief',
        description: null,
        status: 0,
        priority: 10,
        start_date: '2026-12-10',
        end_date: null,
      }),
    )
  })

  it('leaves a status WebWork did not send (or one we do not know) as it is on save', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = userEvent.setup()
    const task: Task = { id: 5, title: 'Implement login', status: 15, assignees: [] }
    render(<TaskForm mode="edit" defaultValues={taskFormValues(task, 1055)} candidates={[]} onSubmit={onSubmit} onCancel={() => undefined} />)
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('')
    expect((screen.getByLabelText('Priority') as HTMLSelectElement).value).toBe('')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ project_id: 1055, title: 'Implement login', status: undefined, priority: undefined }))
  })

  it('assigns a new task to members with a contract on the project, sent as the create input’s `assignees`', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = userEvent.setup()
    const candidates = [
      { id: 1019, name: 'Ada Lovelace' },
      { id: 1020, name: 'Grace Hopper' },
      { id: 1021, name: 'Alan Turing' },
    ]
    render(<TaskForm mode="create" defaultValues={emptyTaskValues(1055)} candidates={candidates} onSubmit={onSubmit} onCancel={() => undefined} />)
    const assignees = screen.getByRole('group', { name: 'Assignees' })
    await user.type(screen.getByLabelText('Title'), 'Write the brief')
    await user.click(within(assignees).getByLabelText('Alan Turing'))
    await user.click(within(assignees).getByLabelText('Ada Lovelace'))
    await user.click(within(assignees).getByLabelText('Grace Hopper'))
    await user.click(within(assignees).getByLabelText('Grace Hopper'))
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ title: 'Write the brief', assignees: [1019, 1021] })))
  })

  it('says who can be assigned when nobody can, and leaves an existing task’s assignees to the list', () => {
    const { unmount } = render(
      <TaskForm mode="create" defaultValues={emptyTaskValues(1055)} candidates={[]} onSubmit={async () => undefined} onCancel={() => undefined} />,
    )
    expect(within(screen.getByRole('group', { name: 'Assignees' })).getByText(/Nobody has an active contract on this project/)).toBeTruthy()
    unmount()
    const task: Task = { id: 5, title: 'Implement login', status: 0, assignees: [] }
    render(
      <TaskForm
        mode="edit"
        defaultValues={taskFormValues(task, 1055)}
        candidates={[{ id: 1, name: 'Ada Lovelace' }]}
        onSubmit={async () => undefined}
        onCancel={() => undefined}
      />,
    )
    expect(screen.queryByRole('group', { name: 'Assignees' })).toBeNull()
  })

  it('offers the docs’ four status codes in one vocabulary: no "Done" beside "Completed"', () => {
    render(<TaskForm mode="create" defaultValues={emptyTaskValues(1055)} candidates={[]} onSubmit={async () => undefined} onCancel={() => undefined} />)
    const options = within(screen.getByLabelText('Status')).getAllByRole('option') as HTMLOptionElement[]
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ['0', 'Incomplete'],
      ['10', 'Doing'],
      ['20', 'Done'],
      ['30', 'Closed'],
    ])
    expect(screen.getByText('Closed is what WebWork’s API calls Completed.')).toBeTruthy()
  })
})
