import { Pencil, Trash2 } from 'lucide-react'
import type { Expense } from '@/contract/expenses'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatMoney } from '@/utils/amounts'
import { formatDay } from '@/utils/format'

const none = <span className="text-muted-foreground">—</span>

/** The expense's day, with the day it was recorded under it; unknown fields read "—". */
export function ExpensesTable({
  expenses,
  currency,
  onEdit,
  onDelete,
}: {
  expenses: Expense[]
  currency: string | null
  onEdit: (expense: Expense) => void
  onDelete: (expense: Expense) => void
}) {
  return (
    <Table label="Expenses" className="min-w-[50rem]">
      <THead>
        <tr>
          <Th>Date</Th>
          <Th>Expense</Th>
          <Th>Member</Th>
          <Th>Project</Th>
          <Th>Category</Th>
          <Th>Type</Th>
          <Th className="text-right">Amount</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <tbody>
        {expenses.map((e) => (
          <Tr key={e.id}>
            <Td className="whitespace-nowrap tabular-nums">
              <span className="block">{e.expense_date ? formatDay(e.expense_date, true) : none}</span>
              {e.added_dte && <span className="block text-xs text-muted-foreground">added {formatDay(e.added_dte, true)}</span>}
            </Td>
            <Td className="min-w-40">
              <span className="block font-medium">{e.expense_name}</span>
              {e.note && <span className="block truncate text-xs text-muted-foreground">{e.note}</span>}
            </Td>
            <Td className="whitespace-nowrap">{e.member?.name ?? none}</Td>
            <Td>{e.project ?? none}</Td>
            <Td className="whitespace-nowrap">{e.category ?? none}</Td>
            <Td>
              <Badge tone={e.type === 'billable' ? 'success' : 'neutral'}>{e.type}</Badge>
            </Td>
            <Td className="text-right font-medium whitespace-nowrap tabular-nums">{formatMoney(e.amount, currency)}</Td>
            <Td className="w-px">
              <div className="flex justify-end gap-1">
                <Button variant="ghost" size="icon" className="size-8" aria-label={`Edit ${e.expense_name}`} onClick={() => onEdit(e)}>
                  <Pencil aria-hidden />
                </Button>
                <Button variant="ghost" size="icon" className="size-8" aria-label={`Delete ${e.expense_name}`} onClick={() => onDelete(e)}>
                  <Trash2 aria-hidden />
                </Button>
              </div>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  )
}
