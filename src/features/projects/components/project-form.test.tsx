import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/errors'
import { emptyProjectValues } from '../project-form-values'
import { ProjectForm } from './project-form'

function renderForm(onSubmit: (values: unknown) => Promise<unknown>) {
  const user = userEvent.setup()
  render(<ProjectForm mode="create" defaultValues={emptyProjectValues()} onSubmit={onSubmit} onCancel={() => undefined} />)
  return user
}

describe('project form', () => {
  it('checks the name and the dates’ order with the contract’s words', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm(onSubmit)
    await user.type(screen.getByLabelText('Start date'), '2026-12-01')
    await user.type(screen.getByLabelText('Deadline'), '2026-11-01')
    await user.type(screen.getByLabelText('Estimation (hours)'), '-5')
    await user.click(screen.getByRole('button', { name: 'Create project' }))
    expect(await screen.findByText('The name field is required.')).toBeTruthy()
    expect(screen.getByText('The deadline must be a date after or equal to start date.')).toBeTruthy()
    expect(screen.getByText('The estimation must be at least 0.')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends numbers and nulls for empty fields', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm(onSubmit)
    await user.type(screen.getByLabelText('Name'), 'Mobile app')
    await user.type(screen.getByLabelText('Estimation (hours)'), '120')
    await user.type(screen.getByLabelText('Budget'), '9000')
    await user.click(screen.getByRole('button', { name: 'Create project' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        name: 'Mobile app',
        start_date: null,
        deadline: null,
        estimation: 120,
        budget: 9000,
        notes: null,
      }),
    )
  })

  it('puts a 422 on its field and keeps the typed values', async () => {
    const user = renderForm(async () => {
      throw new ApiError('validation', 'The given data was invalid.', {
        status: 422,
        fieldErrors: { name: ['The name has already been taken.'] },
      })
    })
    await user.type(screen.getByLabelText('Name'), 'Website Redesign')
    await user.type(screen.getByLabelText('Notes'), 'Phase two')
    await user.click(screen.getByRole('button', { name: 'Create project' }))
    expect(await screen.findByText('The name has already been taken.')).toBeTruthy()
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Phase two')
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true')
  })
})
