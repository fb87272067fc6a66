import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/errors'
import { InviteMemberForm } from './invite-member-form'

function renderForm(onSubmit: (values: unknown) => Promise<unknown>) {
  const user = userEvent.setup()
  render(<InviteMemberForm onSubmit={onSubmit} onCancel={() => undefined} />)
  return user
}

describe('invite member form', () => {
  it('never offers Owner, and says why', () => {
    renderForm(async () => undefined)
    const roles = [...(screen.getByLabelText('Role') as HTMLSelectElement).options].map((o) => o.value)
    expect(roles).not.toContain('Owner')
    expect(roles).toContain('Executive manager')
    expect(screen.getByText(/Owner cannot be given to anyone/)).toBeTruthy()
  })

  it('shows the contract’s messages and sends nothing', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm(onSubmit)
    await user.type(screen.getByLabelText('Email'), 'not-an-email')
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))
    expect(await screen.findByText('The email must be a valid email address.')).toBeTruthy()
    expect(screen.getByText('The firstname field is required.')).toBeTruthy()
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends the values, and puts a 422 on its field keeping what was typed', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError('validation', 'The given data was invalid.', {
        status: 422,
        fieldErrors: { email: ['The email has already been taken.'] },
      })
    })
    const user = renderForm(onSubmit)
    await user.type(screen.getByLabelText('Email'), 'ana@example.com')
    await user.type(screen.getByLabelText('First name'), 'Ana')
    await user.type(screen.getByLabelText('Last name'), 'Petrosyan')
    await user.selectOptions(screen.getByLabelText('Role'), 'Team manager')
    await user.click(screen.getByRole('button', { name: 'Send invitation' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        email: 'ana@example.com',
        firstname: 'Ana',
        lastname: 'Petrosyan',
        role: 'Team manager',
      }),
    )
    expect(await screen.findByText('The email has already been taken.')).toBeTruthy()
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Ana')
    expect((screen.getByLabelText('Role') as HTMLSelectElement).value).toBe('Team manager')
  })
})
