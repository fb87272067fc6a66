import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { capabilities, useCapability, withCapability } from './capabilities'
import { ApiError } from './errors'

afterEach(() => capabilities.reset())

const refused = (status: number) => () =>
  Promise.reject(new ApiError(status === 404 ? 'not-found' : 'bad-request', 'No route', { status, request: 'GET /leaves/policies' }))

describe('capabilities the docs do not promise', () => {
  it.each([404, 405])('a %i marks the capability missing and is not asked again', async (status) => {
    const request = vi.fn(refused(status))
    await expect(withCapability('leave-policies', request)).rejects.toMatchObject({ kind: 'not-offered' })
    expect(capabilities.isMissing('leave-policies')).toBe(true)
    await expect(withCapability('leave-policies', request)).rejects.toMatchObject({ kind: 'not-offered' })
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('other failures leave the capability as it was', async () => {
    await expect(withCapability('webhook-test', refused(422))).rejects.toMatchObject({ kind: 'bad-request' })
    expect(capabilities.isMissing('webhook-test')).toBe(false)
    await expect(withCapability('webhook-test', async () => 'sent')).resolves.toBe('sent')
  })

  it('tells components when it learns a capability is missing', async () => {
    const { result } = renderHook(() => useCapability('leave-decisions'))
    expect(result.current).toBe(true)
    await act(() => withCapability('leave-decisions', refused(404)).catch(() => undefined))
    expect(result.current).toBe(false)
  })
})
