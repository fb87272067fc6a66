import { describe, expect, it } from 'vitest'
import { commonCurrency, formatMoney } from './amounts'

describe('amounts', () => {
  it('formats money in a currency, or as a plain number when it is unknown', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50')
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,234.50')
    expect(formatMoney(1234.5)).toBe('1,234.50')
    expect(formatMoney(0, null)).toBe('0.00')
    expect(formatMoney(12, 'not a code')).toBe('12.00')
  })

  it('finds the one currency contracts agree on', () => {
    expect(commonCurrency(['USD', 'USD', null])).toBe('USD')
    expect(commonCurrency(['USD', 'EUR'])).toBeNull()
    expect(commonCurrency([])).toBeNull()
  })
})
