import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/errors'
import { ContractForm } from './contract-form'

const members = [{ id: 1019, name: 'Ana Petrosyan' }]
const projects = [{ id: 1055, name: 'Website Redesign' }]

function renderForm(mode: 'create' | 'edit', onSubmit: (values: unknown) => Promise<unknown>) {
  const user = userEvent.setup()
  render(
    <ContractForm
      mode={mode}
      defaultValues={
        mode === 'create'
          ? { weekly_hours_limit: 40 }
          : {
              rate: 30,
              weekly_hours_limit: 40,
              screenshots: 'blurred',
              status: 'active',
            }
      }
      members={members}
      projects={projects}
      currency="USD"
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  )
  return user
}

describe('contract form', () => {
  it('requires who and what, and keeps the weekly limit within a week', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm('create', onSubmit)
    await user.clear(screen.getByLabelText('Weekly hours limit'))
    await user.type(screen.getByLabelText('Weekly hours limit'), '200')
    await user.click(screen.getByRole('button', { name: 'Create contract' }))
    expect(await screen.findByText('The user id field is required.')).toBeTruthy()
    expect(screen.getByText('The project id field is required.')).toBeTruthy()
    expect(screen.getByText('The weekly hours limit may not be greater than 168.')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends a new contract with its rate and limit', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm('create', onSubmit)
    await user.selectOptions(screen.getByLabelText('Member'), 'Ana Petrosyan')
    await user.selectOptions(screen.getByLabelText('Project'), 'Website Redesign')
    await user.type(screen.getByLabelText('Hourly rate (USD)'), '42.5')
    await user.clear(screen.getByLabelText('Weekly hours limit'))
    await user.type(screen.getByLabelText('Weekly hours limit'), '20')
    await user.click(screen.getByRole('button', { name: 'Create contract' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        user_id: 1019,
        project_id: 1055,
        rate: 42.5,
        weekly_hours_limit: 20,
      }),
    )
  })

  it('edits settings only, and shows a 422 on its field', async () => {
    const user = renderForm('edit', async () => {
      throw new ApiError('validation', 'The given data was invalid.', {
        status: 422,
        fieldErrors: {
          status: ['An archived member’s contract cannot be resumed.'],
        },
      })
    })
    expect(screen.queryByLabelText('Member')).toBeNull()
    await user.selectOptions(screen.getByLabelText('Status'), 'Paused')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('An archived member’s contract cannot be resumed.')).toBeTruthy()
    expect((screen.getByLabelText('Hourly rate (USD)') as HTMLInputElement).value).toBe('30')
  })
})
