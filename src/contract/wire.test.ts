import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { minutesFrom, moneySchema, openEnum, optional, personRefSchema, wireDate, wireFlag, wireId, wireNumber, wireStringId, wireTimestamp } from './wire'

describe('wire readers', () => {
  it('reads numbers from numbers and numeric strings, and names what it got otherwise', () => {
    expect(wireNumber.parse('12.50')).toBe(12.5)
    expect(wireNumber.parse(7)).toBe(7)
    expect(wireId.parse('45696')).toBe(45696)
    expect(wireId.safeParse('12.5').success).toBe(false)
    const bad = wireNumber.safeParse('seven hours')
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe('must be a number, got the text "seven hours"')
    expect(wireNumber.safeParse([1]).error?.issues[0]?.message).toBe('must be a number, got a list')
  })

  it('reads opaque ids as text, whether the vendor sends strings or integers', () => {
    expect(wireStringId.parse('abc123xyz')).toBe('abc123xyz')
    expect(wireStringId.parse(17)).toBe('17')
  })

  it('reads null and absence alike as unknown', () => {
    const schema = z.object({ rate: optional(wireNumber) })
    expect(schema.parse({ rate: null })).toEqual({ rate: undefined })
    expect(schema.parse({})).toEqual({})
    expect(schema.parse({ rate: '0' })).toEqual({ rate: 0 })
  })

  it('keeps unknown vocabulary as raw text and spells known values our way', () => {
    const method = openEnum(['desktop', 'web'])
    expect(method.parse('Desktop')).toBe('desktop')
    expect(method.parse('Mobile tracker')).toBe('Mobile tracker')
  })

  it('reads flags in every form PHP writes them', () => {
    expect([true, 1, '1', false, 0, '0'].map((v) => wireFlag.parse(v))).toEqual([true, true, true, false, false, false])
  })

  it('reads days in the forms the docs use', () => {
    expect(wireDate.parse('2024-01-15')).toBe('2024-01-15')
    expect(wireDate.parse('Jan 15, 2024')).toBe('2024-01-15')
    expect(wireDate.parse('Sep 3, 2025')).toBe('2025-09-03')
    expect(wireDate.parse('2024-01-15T10:30:00Z')).toBe('2024-01-15')
    expect(wireDate.safeParse('yesterday').error?.issues[0]?.message).toBe('must be a date, got the text "yesterday"')
  })

  it('reads instants in the forms the docs use, zone-less ones as UTC', () => {
    expect(wireTimestamp.parse('2025-02-19 19:24:55')).toBe('2025-02-19T19:24:55Z')
    expect(wireTimestamp.parse('2025-02-19T19:24:55.000000Z')).toBe('2025-02-19T19:24:55.000000Z')
    expect(wireTimestamp.parse('2024-01-15T10:30:00+00:00')).toBe('2024-01-15T10:30:00+00:00')
    expect(Date.parse(wireTimestamp.parse('2025-02-19T19:24:55.000000Z'))).toBe(Date.UTC(2025, 1, 19, 19, 24, 55))
    expect(wireTimestamp.safeParse('soon').success).toBe(false)
  })

  it('reads a person from a name or from any object form', () => {
    expect(personRefSchema.parse('John Smith')).toEqual({ name: 'John Smith' })
    expect(personRefSchema.parse({ id: 3, firstname: 'Ana', lastname: 'Ruiz', email: 'ana@x.test' })).toEqual({ id: 3, name: 'Ana Ruiz', email: 'ana@x.test' })
    expect(personRefSchema.parse({ user_id: '4', name: 'Bo' })).toEqual({ id: 4, name: 'Bo' })
    expect(personRefSchema.parse({ id: 5 })).toEqual({ id: 5, name: 'Member #5' })
    expect(personRefSchema.safeParse(['John']).success).toBe(false)
  })

  it('reads minutes from minutes or from decimal hours, and neither as unknown', () => {
    expect(minutesFrom({ minutes: 90 })).toBe(90)
    expect(minutesFrom({ hours: 1.5 })).toBe(90)
    expect(minutesFrom({ hours: 7.333 })).toBe(440)
    expect(minutesFrom({})).toBeUndefined()
  })

  it('reads an amount as one or as one per currency, never summing across them', () => {
    expect(moneySchema.parse(12.5)).toEqual([{ value: 12.5, currency: null }])
    expect(moneySchema.parse('1425.00')).toEqual([{ value: 1425, currency: null }])
    expect(moneySchema.parse({ USD: 12.5, EUR: '3' })).toEqual([
      { value: 12.5, currency: 'USD' },
      { value: 3, currency: 'EUR' },
    ])
    expect(moneySchema.safeParse('a lot').success).toBe(false)
  })
})
