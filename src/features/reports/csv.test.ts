import { describe, expect, it } from 'vitest'
import { amountCell, durationCell, toCsv } from './csv'

describe('toCsv', () => {
  it('writes the header and rows as shown, CRLF-separated', () => {
    expect(toCsv({ columns: ['Member', 'Project'], rows: [['Ada Lovelace', 'Apollo']] })).toBe('Member,Project\r\nAda Lovelace,Apollo\r\n')
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv({ columns: ['Task'], rows: [['Fix "login", again'], ['two\nlines']] })).toBe('Task\r\n"Fix ""login"", again"\r\n"two\nlines"\r\n')
  })

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv({ columns: ['x'], rows: [['=SUM(A1)'], ['-12'], ['@cmd']] })).toBe("x\r\n'=SUM(A1)\r\n-12\r\n'@cmd\r\n")
  })

  it('follows a duration column with its decimal hours, and leaves an unknown one empty', () => {
    const table = {
      columns: ['Member', 'Tracked'],
      rows: [
        ['Ada', durationCell(125)],
        ['Bo', durationCell(undefined)],
      ],
    }
    expect(toCsv(table)).toBe('Member,Tracked,Tracked (hours)\r\nAda,2h 05m,2.08\r\nBo,—,\r\n')
  })

  it('follows an amount column with its value per currency, never summed across currencies', () => {
    const table = {
      columns: ['Project', 'Amount'],
      rows: [
        [
          'Apollo',
          amountCell(
            [
              { value: 1425, currency: 'USD' },
              { value: 30, currency: 'EUR' },
            ],
            { minutes: 60 },
          ),
        ],
        ['Internal', amountCell([{ value: 0, currency: 'USD' }], { minutes: 90 })],
        ['Hidden', amountCell(undefined)],
      ],
    }
    expect(toCsv(table)).toBe(
      'Project,Amount,Amount (EUR),Amount (USD)\r\n' + 'Apollo,"$1,425.00 + €30.00",30.00,1425.00\r\n' + 'Internal,Not billable,,0.00\r\n' + 'Hidden,—,,\r\n',
    )
  })
})
