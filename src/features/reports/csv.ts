// CSV export of exactly what a report table shows: the same header and cell strings.

export interface TableData {
  columns: string[]
  rows: string[][]
}

/** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF line ends. */
export function toCsv({ columns, rows }: TableData): string {
  const field = (value: string) => {
    // A leading = + - @ makes spreadsheets run a formula: prefix a quote (OWASP CSV injection).
    const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
  }
  return [columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
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
