import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { homeApi, withHomeApi } from '../home-test-api'

withHomeApi()

/** Every API request, as `path?query`, while the test runs. */
function recordRequests() {
  const seen: string[] = []
  server.use(
    http.all(`${TEST_API}/*`, ({ request }) => {
      const url = new URL(request.url)
      seen.push(`${url.pathname.replace('/api/v2', '')}?${url.searchParams}`)
    }),
  )
  return seen
}

describe('Home', () => {
  it('names the workspace and breaks the members down so that the parts add up', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    expect(screen.getByRole('heading', { level: 1, name: 'Acme Studio' })).toBeTruthy()
    const breakdown = screen.getByRole('link', { name: '4 members' }).parentElement!
    expect(breakdown.textContent).toBe('4 members: 2 active · 1 inactive · 1 status unknown')
    expect(within(breakdown).getByRole('link', { name: '1 status unknown' }).getAttribute('href')).toBe('/w/1000/members?status=unknown')
  })

  it('shares its reads: the sidebar’s counts and the inbox it links to cost no request after it', async () => {
    server.use(...homeApi())
    const seen = recordRequests()
    const { router } = await renderRoute('/w/1000')
    await waitFor(() => expect(screen.getByRole('region', { name: 'Waiting for you' }).getAttribute('aria-busy')).toBe('false'))
    // The sidebar counts once the page is idle, from the queues Home read.
    await waitFor(() => expect(screen.getByRole('link', { name: /^Inbox/ }).textContent).toBe('Inbox3'))
    const queueReads = () => seen.filter((r) => /^\/(timesheets\?.*status=submitted|time-requests|leaves\?.*status=pending)/.test(r))
    expect(queueReads()).toHaveLength(3)
    expect(seen.filter((r) => /[?&]per_page=1(&|$)/.test(r))).toEqual([])

    // jsdom has no scrolling; the inbox keeps its cursor in view.
    Element.prototype.scrollIntoView ??= () => undefined
    await router.navigate({ to: '/w/$workspaceId/inbox', params: { workspaceId: 1000 }, search: { kind: 'timesheet' } })
    await screen.findByRole('heading', { name: 'Inbox' })
    expect(queueReads()).toHaveLength(3)
  })
})
