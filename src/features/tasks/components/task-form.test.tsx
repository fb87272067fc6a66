import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Task } from '@/contract/tasks'
import { emptyTaskValues, taskFormValues } from '../task-form-values'
import { TaskForm } from './task-form'

describe('task form', () => {
  it('requires a title, orders the dates, and sends codes as numbers', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = userEvent.setup()
    render(<TaskForm mode="create" defaultValues={emptyTaskValues(1055)} onSubmit={onSubmit} onCancel={() => undefined} />)
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
    render(<TaskForm mode="edit" defaultValues={taskFormValues(task, 1055)} onSubmit={onSubmit} onCancel={() => undefined} />)
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('')
    expect((screen.getByLabelText('Priority') as HTMLSelectElement).value).toBe('')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ project_id: 1055, title: 'Implement login', status: undefined, priority: undefined }))
  })
})
