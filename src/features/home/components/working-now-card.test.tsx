import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'
import { failure, heldAnswer, homeApi, timelineAnswer, timelineUsers, withHomeApi } from '../home-test-api'

withHomeApi()
const card = () => screen.findByRole('region', { name: 'Working now' })

describe('Working now', () => {
  it('names who tracks and on what, from today’s timeline, and links to the Live board', async () => {
    server.use(...homeApi())
    await renderRoute('/w/1000')
    const working = within(await card())
    expect(await working.findByText('tracking now')).toBeTruthy()
    expect(working.getByText('1').textContent).toBe('1')
    const ava = working.getByRole('link', { name: 'Ava Owens' })
    expect(ava.getAttribute('href')).toBe('/w/1000/live/1')
    expect(ava.closest('li')!.textContent).toContain('on Brand Refresh · Logo')
    expect(working.getByText('desktop app')).toBeTruthy()
    // Ben's last entry ended two hours ago: not working now.
    expect(working.queryByText('Ben Stone')).toBeNull()
    expect(working.getByRole('link', { name: /Open the Live board/ }).getAttribute('href')).toBe('/w/1000/live')
    expect(working.getByText(/Trackers started in the browser show once the Live board has checked them/)).toBeTruthy()
  })

  it('waits for the timeline with its skeleton', async () => {
    const held = heldAnswer(timelineAnswer([]))
    server.use(...homeApi({ timeline: held.answer }))
    await renderRoute('/w/1000')
    const working = await card()
    expect(working.getAttribute('aria-busy')).toBe('true')
    held.release()
    await waitFor(() => expect(working.getAttribute('aria-busy')).toBe('false'))
  })

  it('says when nobody is seen working', async () => {
    server.use(...homeApi({ timeline: timelineAnswer([timelineUsers[1]!]) }))
    await renderRoute('/w/1000')
    const working = within(await card())
    expect(await working.findByText('Nobody is seen tracking right now.')).toBeTruthy()
    expect(working.getByText('0').textContent).toBe('0')
  })

  it('says what failed and reads again on Try again', async () => {
    let fail = true
    server.use(...homeApi({ timeline: () => (fail ? failure()() : timelineAnswer(timelineUsers)()) }))
    const user = userEvent.setup()
    await renderRoute('/w/1000')
    const working = within(await card())
    expect((await working.findByRole('alert')).textContent).toContain('WebWork is down for maintenance.')
    fail = false
    await user.click(working.getByRole('button', { name: 'Try again' }))
    expect(await working.findByRole('link', { name: 'Ava Owens' })).toBeTruthy()
  })
})
