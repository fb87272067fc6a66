import type { Expense } from '@/contract/expenses'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { formatMoney } from '@/utils/amounts'
import { formatDay } from '@/utils/format'
import { useDeleteExpense } from '@/api/expenses/mutations'

export function DeleteExpenseDialog({
  workspaceId,
  expense,
  currency,
  onClose,
  onDeleted,
}: {
  workspaceId: number
  expense: Expense | null
  currency: string | null
  onClose: () => void
  onDeleted: (expense: Expense) => void
}) {
  const mutation = useDeleteExpense(workspaceId)
  const close = () => {
    mutation.reset()
    onClose()
  }
  return (
    <Dialog
      open={expense !== null}
      onClose={close}
      title="Delete this expense?"
      description={
        expense && (
          <>
            “{expense.expense_name}”, {formatMoney(expense.amount, currency)}
            {expense.expense_date && ` on ${formatDay(expense.expense_date, true)}`}. This cannot be undone.
          </>
        )
      }
    >
      {mutation.isError && (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-destructive">
          {mutation.error.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={close}>
          Cancel
        </Button>
        <Button
          variant="destructive"
          disabled={mutation.isPending}
          onClick={() =>
            expense &&
            mutation.mutate(expense.id, {
              onSuccess: () => {
                mutation.reset()
                onDeleted(expense)
              },
            })
          }
        >
          {mutation.isPending ? 'Deleting…' : 'Delete expense'}
        </Button>
      </div>
    </Dialog>
  )
}
