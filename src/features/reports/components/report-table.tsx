import { Download } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { cellText, downloadCsv, type TableData } from '../csv'

/**
 * A report table drawn from the same cells the CSV export writes, so the file always matches the
 * screen (the file adds decimal hours and per-currency amounts beside them). Columns listed in
 * `numeric` are right-aligned.
 */
export function ReportTable({ label, table, numeric = [], filename }: { label: string; table: TableData; numeric?: number[]; filename: string }) {
  return (
    <div className="grid gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-medium">{label}</h2>
        <Button variant="outline" size="sm" aria-label={`Export CSV: ${label}`} onClick={() => downloadCsv(filename, table)}>
          <Download aria-hidden />
          Export CSV
        </Button>
      </div>
      <Table label={label}>
        <THead>
          <tr>
            {table.columns.map((column, i) => (
              <Th key={column} className={numeric.includes(i) ? 'text-right' : undefined}>
                {column}
              </Th>
            ))}
          </tr>
        </THead>
        <tbody>
          {table.rows.length === 0 ? (
            <Tr>
              <Td colSpan={table.columns.length} className="py-6 text-center text-muted-foreground">
                Nothing tracked in this range.
              </Td>
            </Tr>
          ) : (
            table.rows.map((row, r) => (
              <Tr key={r}>
                {row.map((cell, i) => (
                  <Td key={i} className={numeric.includes(i) ? 'text-right tabular-nums' : undefined}>
                    {cellText(cell)}
                  </Td>
                ))}
              </Tr>
            ))
          )}
        </tbody>
      </Table>
    </div>
  )
}
