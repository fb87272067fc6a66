import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { envelope, listEnvelope, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// A member as variant A's pages confirm one: the fields end at `title`.
const confirmedOnly = {
  id: 100,
  email: 'maria.garcia@example.com',
  firstname: 'Maria',
  lastname: 'Garcia',
  avatar: null,
  current_role: 'Project manager',
  timezone: null,
  status: 'inactive',
  team_name: null,
  title: null,
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([workspace()]))),
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members/100`, () => HttpResponse.json(envelope(confirmedOnly))),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const field = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement

describe('member page on the vendor’s confirmed fields', () => {
  it('shows "—" for what WebWork did not send, never 0 or "No limit"', async () => {
    await renderRoute('/w/1000/members/100')
    expect(await screen.findByRole('heading', { name: 'Maria Garcia' })).toBeTruthy()
    for (const label of ['Rate', 'Weekly hours limit', 'Screenshots', 'Member since', 'Team', 'Title']) expect(field(label).textContent, label).toMatch(/^—/)
    expect(within(field('Status')).getByText('inactive')).toBeTruthy()
    expect(screen.queryByText('blocked')).toBeNull()
  })
})
