import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { envelope, errorEnvelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { fakeAuth, renderRoute } from '@/testing/render-route'

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  // jsdom lays nothing out; give the virtualized table a viewport to fill.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const members = [
  member({ id: 1, firstname: 'Ava', lastname: 'Owens', current_role: 'Owner', rate: 80, rate_type: 'hourly' }),
  member({ id: 2, firstname: 'Noah', lastname: 'Bennett', current_role: 'Executive manager', rate: 60, rate_type: 'hourly' }),
  member({ id: 3, firstname: 'Lilit', lastname: 'Hakobyan', status: 'inactive' }),
]
let memberQueries: URLSearchParams[] = []

beforeEach(() => {
  memberQueries = []
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    http.get(`${TEST_API}/members`, ({ request }) => {
      const query = new URL(request.url).searchParams
      memberQueries.push(query)
      const status = query.get('status')
      return HttpResponse.json(listEnvelope(members.filter((m) => !status || m.status === status)))
    }),
    http.get(`${TEST_API}/members/:id`, ({ params }) => {
      const found = members.find((m) => m.id === Number(params.id))
      return found ? HttpResponse.json(envelope(found)) : HttpResponse.json(errorEnvelope('Member not found.'), { status: 404 })
    }),
  )
})

describe('routes', () => {
  it('sends a signed-out visitor to sign in, remembering the page', async () => {
    const { router } = await renderRoute('/w/1000/members?status=active', { auth: fakeAuth(null) })
    expect(router.state.location.pathname).toBe('/sign-in')
    expect(router.state.location.search).toEqual({ redirect: '/w/1000/members?status=active' })
    expect(screen.getByRole('button', { name: 'Sign in with WebWork' })).toBeTruthy()
  })

  it('opens the first workspace from /, with its key figures', async () => {
    const { router } = await renderRoute('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/1000'))
    expect(await screen.findByRole('heading', { name: 'Acme Studio' })).toBeTruthy()
    expect((await screen.findByRole('link', { name: '3 members' })).parentElement!.textContent).toBe('3 members: 2 active · 1 inactive')
  })

  it('lists members with the filters taken from the URL', async () => {
    await renderRoute('/w/1000/members?status=active&sort=-name')
    expect(await screen.findByText('2 members match the filters')).toBeTruthy()
    expect(memberQueries.at(-1)?.get('status')).toBe('active')
    expect(memberQueries.at(-1)?.get('per_page')).toBe('100')
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('active')
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      expect.stringContaining('Noah Bennett'),
      expect.stringContaining('Ava Owens'),
    ])
  })

  it('shows a member, with a missing rate as unknown ("—"), never 0', async () => {
    await renderRoute('/w/1000/members/3')
    expect(await screen.findByRole('heading', { name: 'Lilit Hakobyan' })).toBeTruthy()
    expect(screen.getByTitle("Not in WebWork's answer: hidden for your role, or not sent").textContent).toMatch(/^—/)
  })

  it('says not found for an unknown workspace or member', async () => {
    await renderRoute('/w/999')
    expect(await screen.findByRole('heading', { name: 'This workspace does not exist' })).toBeTruthy()
  })

  it('explains a 403 in plain words', async () => {
    server.use(http.get(`${TEST_API}/members`, () => HttpResponse.json(errorEnvelope('This action is unauthorized.'), { status: 403 })))
    await renderRoute('/w/1000/members')
    expect(await screen.findByRole('heading', { name: 'Your role may not see this' })).toBeTruthy()
    expect(screen.getByText(/Only workspace Owners and Executive managers may use the WebWork API/)).toBeTruthy()
  })
})
