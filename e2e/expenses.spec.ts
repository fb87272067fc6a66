import { expect, expectNoAxeViolations, test } from './fixtures'
import { sandboxApi, WS } from './sandbox-api'

type ApiExpense = { id: string; expense_name: string; amount: number; category: string; project: string | null; type: string; note: string | null }

const DAY = '2026-11-20'
const expensesOn = async (day: string) =>
  (await sandboxApi<{ data: ApiExpense[] }>(`/expenses?workspace_id=${WS}&date_from=${day}&date_to=${day}&per_page=100`)).data

test('create, edit and delete an expense', async ({ signedIn: page }) => {
  const name = `E2E taxi ${Date.now()}`
  await page.goto(`/w/${WS}/expenses?date_from=${DAY}&date_to=${DAY}`)
  await expect(page.getByRole('heading', { name: 'Expenses', exact: true })).toBeVisible()

  // Create: the contract's messages first, then a valid expense.
  await page.getByRole('button', { name: 'New expense' }).click()
  const dialog = page.getByRole('dialog', { name: 'New expense' })
  await dialog.getByRole('button', { name: 'Add expense' }).click()
  await expect(dialog.getByText('The expense name field is required.')).toBeVisible()
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel(/^Amount/).fill('23.45')
  await dialog.getByLabel('Date').fill(DAY)
  await dialog.getByLabel('Category').selectOption({ label: 'Travel' })
  await dialog.getByLabel('Project').selectOption({ label: 'Website Redesign' })
  await dialog.getByLabel('Note').fill('Airport run')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Add expense' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row).toContainText('$23.45')
  await expect(row).toContainText('Nov 20, 2026')
  await expect
    .poll(async () => (await expensesOn(DAY)).find((e) => e.expense_name === name))
    .toMatchObject({ amount: 23.45, category: 'Travel', project: 'Website Redesign', type: 'billable', note: 'Airport run' })

  // Edit: the form starts from the expense, and a PUT replaces it.
  await row.getByRole('button', { name: `Edit ${name}` }).click()
  const edit = page.getByRole('dialog', { name: 'Edit expense' })
  await expect(edit.getByLabel('Category')).toHaveValue(/.+/)
  await expect(edit.getByLabel(/^Amount/)).toHaveValue('23.45')
  await edit.getByLabel(/^Amount/).fill('30')
  await edit.getByLabel('Billable to the client').uncheck()
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toBeHidden()
  await expect(row).toContainText('$30.00')
  await expect
    .poll(async () => (await expensesOn(DAY)).find((e) => e.expense_name === name))
    .toMatchObject({ amount: 30, category: 'Travel', project: 'Website Redesign', type: 'non-billable' })

  // Delete, after a confirmation.
  await row.getByRole('button', { name: `Delete ${name}` }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this expense?' })
  await expect(confirm).toContainText(name)
  await confirm.getByRole('button', { name: 'Delete expense' }).click()
  await expect(confirm).toBeHidden()
  await expect(row).toHaveCount(0)
  await expect.poll(async () => (await expensesOn(DAY)).some((e) => e.expense_name === name)).toBe(false)
})

test('a 422 from the server lands on its field and keeps the typed values', async ({ signedIn: page }) => {
  const name = `E2E refused ${Date.now()}`
  await page.route(
    (url) => url.pathname === '/api/v2/expenses',
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback()
      await route.fulfill({
        status: 422,
        json: {
          success: false,
          message: 'The given data was invalid.',
          errors: { category_id: ['The selected category id is invalid.'] },
          meta: { api_version: '2.0.0', timestamp: new Date().toISOString() },
        },
      })
    },
  )
  await page.goto(`/w/${WS}/expenses`)
  await page.getByRole('button', { name: 'New expense' }).click()
  const dialog = page.getByRole('dialog', { name: 'New expense' })
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel(/^Amount/).fill('12')
  await dialog.getByLabel('Date').fill(DAY)
  await dialog.getByLabel('Category').selectOption({ label: 'Meals' })
  await dialog.getByRole('button', { name: 'Add expense' }).click()
  await expect(dialog.getByText('The selected category id is invalid.')).toBeVisible()
  await expect(dialog.getByLabel('Category')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByLabel('Name')).toHaveValue(name)
  await expect(dialog.getByLabel(/^Amount/)).toHaveValue('12')
  expect((await expensesOn(DAY)).some((e) => e.expense_name === name)).toBe(false)
})
