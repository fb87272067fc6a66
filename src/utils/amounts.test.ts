import { describe, expect, it } from 'vitest'
import { commonCurrency, formatAmount, formatMoney, formatMoneyList, isZeroMoney } from './amounts'

describe('amounts', () => {
  it('formats money in its currency, and says so when the currency is unknown', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50')
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,234.50')
    expect(formatMoney(1425)).toBe('1,425.00 (currency unknown)')
    expect(formatMoney(0, null)).toBe('0.00 (currency unknown)')
    expect(formatMoney(12, 'dollars')).toBe('12.00 dollars')
  })

  it('says "Not billable" for tracked time that earned nothing, and "—" for an amount not sent', () => {
    expect(formatAmount([{ value: 0, currency: 'USD' }], { minutes: 90 })).toBe('Not billable')
    expect(formatAmount([{ value: 0, currency: 'USD' }])).toBe('$0.00')
    expect(formatAmount([{ value: 12.5, currency: null }], { currency: 'EUR', minutes: 30 })).toBe('€12.50')
    expect(formatAmount(undefined, { minutes: 30 })).toBe('—')
  })

  it('finds the one currency contracts agree on', () => {
    expect(commonCurrency(['USD', 'USD', null])).toBe('USD')
    expect(commonCurrency(['USD', 'EUR'])).toBeNull()
    expect(commonCurrency([])).toBeNull()
  })

  it('formats an amount per currency without summing across currencies', () => {
    expect(
      formatMoneyList([
        { value: 12.5, currency: 'USD' },
        { value: 3, currency: 'EUR' },
      ]),
    ).toBe('$12.50 + €3.00')
    expect(formatMoneyList([{ value: 12.5, currency: null }], 'USD')).toBe('$12.50')
    expect(formatMoneyList([{ value: 12.5, currency: null }])).toBe('12.50 (currency unknown)')
    expect(isZeroMoney([{ value: 0, currency: 'USD' }])).toBe(true)
    expect(
      isZeroMoney([
        { value: 0, currency: 'USD' },
        { value: 1, currency: 'EUR' },
      ]),
    ).toBe(false)
  })
})
