import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/errors'
import { emptyExpenseValues } from '../expense-form-values'
import { ExpenseForm } from './expense-form'

const TRAVEL = '795c0380-9315-48b4-b7ce-41401abf2911'
const categories = [
  { id: '7d9b1be2-bdf4-43aa-960f-74af2073a302', name: 'Software' },
  { id: TRAVEL, name: 'Travel' },
]
const projects = [{ id: 1055, name: 'Website Redesign' }]

function renderForm(onSubmit: (values: unknown) => Promise<unknown>) {
  const user = userEvent.setup()
  render(
    <ExpenseForm
      mode="create"
      defaultValues={emptyExpenseValues()}
      categories={categories}
      projects={projects}
      currency="USD"
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  )
  return user
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Train to Gyumri')
  await user.type(screen.getByLabelText('Amount (USD)'), '42.5')
  await user.type(screen.getByLabelText('Date'), '2026-11-20')
  await user.selectOptions(screen.getByLabelText('Category'), 'Travel')
  await user.selectOptions(screen.getByLabelText('Project'), 'Website Redesign')
  await user.type(screen.getByLabelText('Note'), 'Return ticket')
}

describe('expense form', () => {
  it('shows the contract’s messages on the fields, and sends nothing', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm(onSubmit)
    await user.click(screen.getByRole('button', { name: 'Add expense' }))
    expect(await screen.findByText('The expense name field is required.')).toBeTruthy()
    expect(screen.getByText('The amount field is required.')).toBeTruthy()
    expect(screen.getByText('The date field is required.')).toBeTruthy()
    expect(screen.getByText('The category id field is required.')).toBeTruthy()
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true')
    expect(onSubmit).not.toHaveBeenCalled()

    await user.type(screen.getByLabelText('Amount (USD)'), '-3')
    await user.click(screen.getByRole('button', { name: 'Add expense' }))
    expect(await screen.findByText('The amount must be greater than 0.')).toBeTruthy()
  })

  it('sends the parsed values', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = renderForm(onSubmit)
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Add expense' }))
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    expect(onSubmit).toHaveBeenCalledWith({
      expense_name: 'Train to Gyumri',
      amount: 42.5,
      date: '2026-11-20',
      category_id: TRAVEL,
      project_id: 1055,
      note: 'Return ticket',
      is_billable: true,
    })
  })

  it('puts a 422 on its fields and keeps what was typed', async () => {
    const user = renderForm(async () => {
      throw new ApiError('validation', 'The given data was invalid.', {
        status: 422,
        fieldErrors: { category_id: ['The selected category id is invalid.'], workspace_id: ['The workspace is archived.'] },
      })
    })
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Add expense' }))

    const category = screen.getByLabelText('Category')
    expect(await screen.findByText('The selected category id is invalid.')).toBeTruthy()
    expect(category.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(category.getAttribute('aria-describedby')!)?.textContent).toBe('The selected category id is invalid.')
    expect(screen.getByRole('alert').textContent).toBe('The workspace is archived.')
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Train to Gyumri')
    expect((screen.getByLabelText('Amount (USD)') as HTMLInputElement).value).toBe('42.5')
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Return ticket')
  })

  it('says what failed otherwise, still keeping what was typed', async () => {
    const user = renderForm(async () => {
      throw new ApiError('network', 'WebWork could not be reached. Check your connection.')
    })
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Add expense' }))
    expect((await screen.findByRole('alert')).textContent).toBe('WebWork could not be reached. Check your connection.')
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2026-11-20')
    expect((screen.getByLabelText('Project') as HTMLSelectElement).value).toBe('1055')
    expect(screen.getByRole('button', { name: 'Add expense' })).toHaveProperty('disabled', false)
  })
})
