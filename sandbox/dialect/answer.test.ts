import { describe, expect, it } from 'vitest'
import { answer, each, messageOnly, nullData, pick, type RichSuccess } from './answer'

const meta = { api_version: '2.0.0', timestamp: '2026-11-23T10:00:00.000000Z' }
const pagination = { total: 41, per_page: 20, current_page: 2, last_page: 3, from: 21, to: 40 }
const list: RichSuccess = { success: true, data: [{ id: 1, name: 'A', extra: true }], message: 'Things retrieved successfully', meta: { ...meta, pagination } }
const one: RichSuccess = { success: true, data: { id: 1, name: 'A', extra: true }, message: 'Thing updated successfully', meta }

describe('answer', () => {
  it('keeps meta.pagination, moves it to the top without from/to, or drops it', () => {
    expect(answer({ pagination: 'meta' })(list)).toEqual({ success: true, data: list.data, meta: { ...meta, pagination } })
    expect(answer({ pagination: 'top', message: true })(list)).toEqual({
      success: true,
      data: list.data,
      message: 'Things retrieved successfully',
      pagination: { current_page: 2, per_page: 20, total: 41, last_page: 3 },
      meta,
    })
    expect(answer({ pagination: 'none' })(list)).toEqual({ success: true, data: list.data, meta })
  })

  it('keeps the message only where the docs show one, before data if they write it there', () => {
    expect(answer({})(one)).toEqual({ success: true, data: one.data, meta })
    expect(Object.keys(answer({ message: true })(one))).toEqual(['success', 'data', 'message', 'meta'])
    expect(Object.keys(answer({ message: true, messageFirst: true })(one))).toEqual(['success', 'message', 'data', 'meta'])
  })

  it('answers writes with `{success, message}` or `data: null`', () => {
    expect(messageOnly(one)).toEqual({ success: true, message: 'Thing updated successfully', meta })
    expect(nullData(one)).toEqual({ success: true, data: null, message: 'Thing updated successfully', meta })
  })

  it('reshapes data with picked fields, leaving absent ones absent and null as null', () => {
    expect(answer({}, pick(['name', 'id', 'rate']))(one).data).toEqual({ name: 'A', id: 1 })
    expect(Object.keys(pick(['name', 'id'])({ id: 1, name: 'A' })!)).toEqual(['name', 'id'])
    expect(answer({}, pick(['id']))({ ...one, data: null }).data).toBeNull()
    expect(answer({}, each(pick(['id'])))(list).data).toEqual([{ id: 1 }])
  })
})
