import { useState } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import type { Expense } from '@/contract/expenses'
import { pageInfo } from '@/contract/pagination'
import { EmptyState } from '@/components/data/empty-state'
import { ListHeader } from '@/components/data/list-header'
import { Pager, rowCount } from '@/components/data/pager'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { useCreateExpense, useUpdateExpense } from '@/api/expenses/mutations'
import { expenseQueries } from '@/api/expenses/queries'
import { emptyExpenseValues, expenseFormValues, type ProjectOption } from '../expense-form-values'
import { isFiltered } from '../expenses-search'
import { DeleteExpenseDialog } from './delete-expense-dialog'
import { ExpenseFilters } from './expense-filters'
import { ExpenseForm, type ExpenseFormOutput } from './expense-form'
import { ExpensesTable } from './expenses-table'

const route = getRouteApi('/_authed/w/$workspaceId/expenses/')

type Editing = { kind: 'create' } | { kind: 'edit'; expense: Expense }

/** Projects and the currency come from the contracts list; the route passes them in. */
export function ExpensesPage({ projects, currency }: { projects: readonly ProjectOption[]; currency: string | null }) {
  const { workspaceId } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const deps = route.useLoaderDeps()
  const { data } = useSuspenseQuery(expenseQueries.page(workspaceId, deps))
  const { data: categories } = useSuspenseQuery(expenseQueries.categories(workspaceId))
  const create = useCreateExpense(workspaceId)
  const update = useUpdateExpense(workspaceId)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [deleting, setDeleting] = useState<Expense | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const info = pageInfo(data.pagination, deps, data.data.length)
  const go = (patch: { page?: number; per_page?: number }) => void navigate({ search: (prev) => ({ ...prev, ...patch }) })

  const save = async (values: ExpenseFormOutput) => {
    if (editing?.kind === 'edit') await update.mutateAsync({ expenseId: editing.expense.id, input: values })
    else await create.mutateAsync(values)
    setEditing(null)
    setNotice(`Saved “${values.expense_name}”.`)
  }
  const form = editing?.kind === 'edit' ? expenseFormValues(editing.expense, categories, projects) : { values: emptyExpenseValues(), missingProject: null }

  return (
    <div className="flex flex-col gap-4">
      <ListHeader
        title="Expenses"
        count={`${rowCount(info, 'expense', 'expenses')}${isFiltered(search) ? ' in this period' : ''}`}
        actions={
          <Button size="sm" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden />
            New expense
          </Button>
        }
      />
      <ExpenseFilters />
      {notice && (
        <p role="status" className="text-muted-foreground">
          {notice}
        </p>
      )}
      {data.data.length > 0 ? (
        <ExpensesTable expenses={data.data} currency={currency} onEdit={(expense) => setEditing({ kind: 'edit', expense })} onDelete={setDeleting} />
      ) : (
        <EmptyState>{info.page > 1 ? 'This page is past the last one.' : isFiltered(search) ? 'No expense in this period.' : 'No expenses yet.'}</EmptyState>
      )}
      {(data.data.length > 0 || info.page > 1) && <Pager info={info} onPage={(page) => go({ page })} onPerPage={(per_page) => go({ per_page, page: 1 })} />}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing?.kind === 'edit' ? 'Edit expense' : 'New expense'}>
        {editing && (
          <ExpenseForm
            key={editing.kind === 'edit' ? editing.expense.id : 'new'}
            mode={editing.kind}
            defaultValues={form.values}
            missingProject={form.missingProject}
            categories={categories}
            projects={projects}
            currency={currency}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <DeleteExpenseDialog
        workspaceId={workspaceId}
        expense={deleting}
        currency={currency}
        onClose={() => setDeleting(null)}
        onDeleted={(expense) => {
          setDeleting(null)
          setNotice(`Deleted “${expense.expense_name}”.`)
        }}
      />
    </div>
  )
}
