import type { Money } from '@/contract/wire'
import { formatAmount } from '@/utils/amounts'
import { decimalHours, formatMinutes } from '@/utils/format'

// CSV export of exactly what a report table shows, plus the numbers a spreadsheet can sum: a
// duration column is followed by its decimal hours, an amount column by its value in each of
// the currencies it holds (never summed across currencies).

/** A duration: shown as `2h 05m`; null when the API did not say (shown as "—"). */
export interface DurationCell {
  minutes: number | null
}
/** An amount as shown (`$12.50`, `Not billable`, `—`) and the values behind it. */
export interface AmountCell {
  text: string
  amounts: readonly Money[]
}
export type Cell = string | DurationCell | AmountCell

export interface TableData {
  columns: string[]
  rows: Cell[][]
}

export const durationCell = (minutes: number | null | undefined): DurationCell => ({ minutes: minutes ?? null })
/** An amount the API may withhold (`—`), or earned nothing on `minutes` of tracked time (`Not billable`). */
export const amountCell = (amounts: readonly Money[] | undefined, options: Parameters<typeof formatAmount>[1] = {}): AmountCell => ({
  text: formatAmount(amounts, options),
  amounts: amounts ?? [],
})

const isDuration = (cell: Cell | undefined): cell is DurationCell => typeof cell === 'object' && 'minutes' in cell
const isAmount = (cell: Cell | undefined): cell is AmountCell => typeof cell === 'object' && 'amounts' in cell

/** What the table shows in a cell (and the CSV writes in the cell's own column). */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell
  if (isDuration(cell)) return cell.minutes === null ? '—' : formatMinutes(cell.minutes)
  return cell.text
}

/** The number columns that follow column `cells`' own in the CSV: a header suffix and a value per row. */
function numberColumns(cells: (Cell | undefined)[]): { suffix: string; value: (cell: Cell | undefined) => string }[] {
  if (cells.some(isDuration)) return [{ suffix: '(hours)', value: (cell) => (isDuration(cell) && cell.minutes !== null ? decimalHours(cell.minutes) : '') }]
  const currencies = [...new Set(cells.filter(isAmount).flatMap((cell) => cell.amounts.map((a) => a.currency ?? '')))].sort()
  return currencies.map((currency) => ({
    suffix: `(${currency || 'currency unknown'})`,
    value: (cell) => {
      const values = isAmount(cell) ? cell.amounts.filter((a) => (a.currency ?? '') === currency) : []
      return values.length === 0 ? '' : values.reduce((sum, a) => sum + a.value, 0).toFixed(2)
    },
  }))
}

/** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF line ends. */
export function toCsv({ columns, rows }: TableData): string {
  const field = (value: string) => {
    // A leading = + - @ makes spreadsheets run a formula: prefix a quote (OWASP CSV injection).
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
  }
  const numbers = columns.map((_, i) => numberColumns(rows.map((row) => row[i])))
  const header = columns.flatMap((column, i) => [column, ...numbers[i]!.map((n) => `${column} ${n.suffix}`)])
  const lines = rows.map((row) => columns.flatMap((_, i) => [row[i] === undefined ? '' : cellText(row[i]), ...numbers[i]!.map((n) => n.value(row[i]))]))
  return [header, ...lines].map((line) => line.map(field).join(',')).join('\r\n') + '\r\n'
}

/** Saves the CSV through a Blob link (a BOM so Excel reads UTF-8 names). */
export function downloadCsv(filename: string, table: TableData) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' }))
  const link = Object.assign(document.createElement('a'), { href: url, download: filename })
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: revoking at once can cancel the download before the browser has read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
