import type { Timesheet } from '@/contract/timesheets'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatMinutes, formatWeekday } from '@/utils/format'
import { breakdownGrid } from '@/contract/timesheet-breakdown'

const hm = (minutes: number) => (minutes ? formatMinutes(minutes) : <span className="text-muted-foreground">—</span>)

/** A timesheet's days down, projects across, totals on the right and at the bottom (timesheet page and inbox). */
export function TimesheetBreakdown({ timesheet }: { timesheet: Timesheet }) {
  const grid = breakdownGrid(timesheet)
  if (grid.projects.length === 0) {
    return <p className="rounded-lg border border-dashed p-6 text-center text-muted-foreground">No time tracked in this period.</p>
  }
  return (
    <Table label="Daily breakdown by project" className="min-w-[36rem] tabular-nums">
      <THead>
        <tr>
          <Th>Day</Th>
          {grid.projects.map((p) => (
            <Th key={p.key} className="text-right">
              {p.name}
            </Th>
          ))}
          <Th className="text-right">Total</Th>
        </tr>
      </THead>
      <tbody>
        {grid.days.map((day) => (
          <Tr key={day}>
            <Th scope="row" className="text-sm font-normal text-foreground">
              {formatWeekday(day)}
            </Th>
            {grid.projects.map((p) => (
              <Td key={p.key} className="text-right">
                {hm(grid.minutes(day, p.key))}
              </Td>
            ))}
            <Td className="text-right font-medium">{hm(grid.dayTotal(day))}</Td>
          </Tr>
        ))}
      </tbody>
      <tfoot className="border-t bg-muted/40 font-medium">
        <tr>
          <Th scope="row" className="text-sm text-foreground">
            Total
          </Th>
          {grid.projects.map((p) => (
            <Td key={p.key} className="text-right">
              {formatMinutes(grid.projectTotal(p.key))}
            </Td>
          ))}
          <Td className="text-right">{formatMinutes(grid.total)}</Td>
        </tr>
      </tfoot>
    </Table>
  )
}
