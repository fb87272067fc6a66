import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { listEnvelopeSchema, writeEnvelopeSchema } from './envelope'
import { pageInfo } from './pagination'

const row = z.object({ id: z.number() })
const list = listEnvelopeSchema(row)
const pagination = { total: 45, per_page: 20, current_page: 2, last_page: 3, from: 21, to: 40 }

describe('list answers', () => {
  it('read pagination from meta, from the top level, or none', () => {
    expect(list.parse({ success: true, data: [{ id: 1 }], meta: { api_version: '2.0.0', timestamp: 't', pagination } }).pagination).toEqual(pagination)
    // Variant B's contracts list: at the top level, strings allowed, no from/to.
    const top = list.parse({ success: true, data: [], pagination: { current_page: '1', per_page: 20, total: 0, last_page: 1 }, meta: {} })
    expect(top.pagination).toEqual({ total: 0, per_page: 20, current_page: 1, last_page: 1, from: null, to: null })
    // seeds/003 and 004: no pagination at all, and meta may be absent.
    expect(list.parse({ success: true, data: [{ id: 1 }] })).toEqual({ data: [{ id: 1 }], pagination: null })
  })

  it('read one object as a one-row list (variant B examples), and refuse anything else, naming where', () => {
    expect(list.parse({ success: true, data: { id: 1 } }).data).toEqual([{ id: 1 }])
    const result = list.safeParse({ success: true, data: 'none' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['data'])
  })
})

describe('write answers', () => {
  const write = writeEnvelopeSchema(z.object({ id: z.string(), status: z.string() }))
  it('are successes whatever data holds', () => {
    expect(write.parse({ success: true, data: { id: 'a', status: 'approved' } }).data).toEqual({ id: 'a', status: 'approved' })
    expect(write.parse({ success: true, message: 'Time request approved' }).data).toBeNull()
    expect(write.parse({ success: true, data: null, message: 'ok' }).data).toBeNull()
    expect(write.parse({ success: true, data: { message: 'Time tracking started successfully' } }).data).toBeNull()
  })
  it('are not successes when the vendor says otherwise', () => {
    expect(write.safeParse({ success: false, message: 'No.' }).success).toBe(false)
  })
})

describe('pageInfo', () => {
  it('takes the vendor pagination as it is', () => {
    expect(pageInfo({ ...pagination }, { page: 2, per_page: 20 }, 20)).toMatchObject({ page: 2, total: 45, lastPage: 3, from: 21, to: 40, hasMore: true })
  })
  it('fills from/to the vendor left out', () => {
    expect(pageInfo({ ...pagination, current_page: 3, from: null, to: null }, { page: 3, per_page: 20 }, 5)).toMatchObject({ from: 41, to: 45, hasMore: false })
  })
  it('without pagination: a short page is the last, a full one may have more of an unknown total', () => {
    expect(pageInfo(null, { page: 2, per_page: 20 }, 5)).toEqual({ page: 2, perPage: 20, total: 25, lastPage: 2, from: 21, to: 25, hasMore: false })
    expect(pageInfo(null, { page: 1, per_page: 20 }, 20)).toMatchObject({ total: null, lastPage: null, hasMore: true })
    expect(pageInfo(null, { page: 1, per_page: 20 }, 0)).toMatchObject({ total: 0, from: null, hasMore: false })
  })
  it('without pagination and more rows than asked for: the vendor sent the whole list', () => {
    expect(pageInfo(null, { page: 1, per_page: 20 }, 35)).toMatchObject({ total: 35, lastPage: 1, hasMore: false })
  })
})

describe('the docs’ placeholder rows', () => {
  it('skips a row that is an empty object (seeds/003 renders its example item as `{}`)', () => {
    expect(list.parse({ success: true, data: [{}], meta: {} }).data).toEqual([])
    expect(list.safeParse({ success: true, data: [{ name: 'no id' }] }).success).toBe(false)
  })
})
