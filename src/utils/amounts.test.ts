import { describe, expect, it } from 'vitest'
import { commonCurrency, formatMoney, formatMoneyList, isZeroMoney } from './amounts'

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

  it('formats an amount per currency without summing across currencies', () => {
    expect(formatMoneyList([{ value: 12.5, currency: 'USD' }, { value: 3, currency: 'EUR' }])).toBe('$12.50 + €3.00')
    expect(formatMoneyList([{ value: 12.5, currency: null }], 'USD')).toBe('$12.50')
    expect(formatMoneyList([{ value: 12.5, currency: null }])).toBe('12.50')
    expect(isZeroMoney([{ value: 0, currency: 'USD' }])).toBe(true)
    expect(isZeroMoney([{ value: 0, currency: 'USD' }, { value: 1, currency: 'EUR' }])).toBe(false)
  })
})
