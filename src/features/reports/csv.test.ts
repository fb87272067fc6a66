import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('writes the header and rows as shown, CRLF-separated', () => {
    expect(toCsv({ columns: ['Member', 'Tracked'], rows: [['Ada Lovelace', '2h 05m']] })).toBe('Member,Tracked\r\nAda Lovelace,2h 05m\r\n')
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv({ columns: ['Task'], rows: [['Fix "login", again'], ['two\nlines']] })).toBe('Task\r\n"Fix ""login"", again"\r\n"two\nlines"\r\n')
  })

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv({ columns: ['x'], rows: [['=SUM(A1)'], ['-12'], ['@cmd']] })).toBe("x\r\n'=SUM(A1)\r\n-12\r\n'@cmd\r\n")
  })
})
