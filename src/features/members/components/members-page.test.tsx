import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// Searching members by name or email over the list already loaded, with the search in the URL.

const people = [
  member({ id: 1, firstname: 'Ada', lastname: 'Lovelace', email: 'countess@acme.test' }),
  member({ id: 2, firstname: 'Grace', lastname: 'Hopper', email: 'grace@navy.test' }),
  member({ id: 3, firstname: 'José', lastname: 'Núñez', email: 'jn@acme.test' }),
]
let memberReads: number

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  // The table draws the rows that fit its scroller; jsdom lays nothing out, so give it a size.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(640)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024)
  memberReads = 0
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members`, () => {
      memberReads++
      return HttpResponse.json(listEnvelope(people))
    }),
  )
})
afterEach(() => {
  vi.restoreAllMocks()
  server.resetHandlers()
})
afterAll(() => server.close())

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('link')
    .map((a) => a.textContent)

describe('searching members', () => {
  it('finds them by name as well as email, as you type, without asking the API again', async () => {
    const user = userEvent.setup()
    const { router } = await renderRoute('/w/1000/members')
    expect(await screen.findByText('3 members')).toBeTruthy()
    const reads = memberReads

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lovelace')
    expect(await screen.findByText('1 member matches the filters')).toBeTruthy()
    await waitFor(() => expect(names()).toEqual(['Ada Lovelace']))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'lovelace' }))

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'navy')
    await waitFor(() => expect(names()).toEqual(['Grace Hopper']))

    // Two words, in any order, accents or not.
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nunez jose')
    await waitFor(() => expect(names()).toEqual(['José Núñez']))
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('nunez jose')
    expect(memberReads).toBe(reads)
  })

  it('opens with the search a shared link names', async () => {
    await renderRoute('/w/1000/members?q=grace')
    expect(await screen.findByText('1 member matches the filters')).toBeTruthy()
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('grace')
    await waitFor(() => expect(names()).toEqual(['Grace Hopper']))
  })
})
