import { QueryClient, queryOptions } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { fakeAuth } from '@/testing/render-route'
import { clearCacheWhenSignedOut } from './query-client'

const workspaces = queryOptions({ queryKey: ['workspaces'], queryFn: () => [{ id: 0 }] })
const { queryKey } = workspaces

describe('clearCacheWhenSignedOut', () => {
  it('empties the cache when the session ends, and only then', async () => {
    const auth = fakeAuth()
    const queryClient = new QueryClient()
    clearCacheWhenSignedOut(auth, queryClient)
    queryClient.setQueryData(queryKey, [{ id: 1000 }])

    // A new token for the same session (a renewal) keeps what was read.
    auth.signInWithToken('renewed-token')
    expect(queryClient.getQueryData(queryKey)).toEqual([{ id: 1000 }])

    await auth.signOut()
    expect(queryClient.getQueryData(queryKey)).toBeUndefined()

    // The next session starts empty and fills its own cache.
    auth.signInWithToken('someone-else')
    queryClient.setQueryData(queryKey, [{ id: 2000 }])
    await auth.forget()
    expect(queryClient.getQueryData(queryKey)).toBeUndefined()
  })
})
