import { QueryClient, queryOptions, type QueryFunctionContext } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { queryRequest } from './query-priority'

const things = queryOptions({ queryKey: ['things'], queryFn: () => [1] })
const context = (client: QueryClient, meta?: QueryFunctionContext['meta']) =>
  ({ client, queryKey: things.queryKey, signal: new AbortController().signal, meta }) as QueryFunctionContext

describe('queryRequest', () => {
  it('uses the loader’s priority for a first load, and the page’s otherwise', () => {
    const client = new QueryClient()
    expect(queryRequest(context(client, { priority: 'user' })).priority).toBe('user')
    expect(queryRequest(context(client)).priority).toBe('page')
  })

  it('refetches stale data in the background, but what the user’s change invalidated for the page', async () => {
    const client = new QueryClient()
    client.setQueryData(things.queryKey, [1])
    expect(queryRequest(context(client)).priority).toBe('background')
    await client.invalidateQueries({ queryKey: things.queryKey, refetchType: 'none' })
    expect(queryRequest(context(client)).priority).toBe('page')
  })
})
