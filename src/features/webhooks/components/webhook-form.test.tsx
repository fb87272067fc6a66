import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/errors'
import { WebhookForm } from './webhook-form'

describe('webhook form', () => {
  it('asks for an http(s) URL and at least one event', async () => {
    const onSubmit = vi.fn(async () => undefined)
    const user = userEvent.setup()
    render(<WebhookForm mode="create" defaultValues={{}} onSubmit={onSubmit} onCancel={() => undefined} />)
    await user.type(screen.getByLabelText('URL'), 'ftp://example.com')
    await user.click(screen.getByRole('button', { name: 'Register webhook' }))
    expect(await screen.findByText('The url must be a valid URL.')).toBeTruthy()
    expect(screen.getByText('The events field is required.')).toBeTruthy()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends the URL and the ticked events, and shows a 422 on the URL keeping the ticks', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError('validation', 'The given data was invalid.', {
        status: 422,
        fieldErrors: { url: ['The url is not reachable.'] },
      })
    })
    const user = userEvent.setup()
    render(<WebhookForm mode="create" defaultValues={{}} onSubmit={onSubmit} onCancel={() => undefined} />)
    await user.type(screen.getByLabelText('URL'), 'https://hooks.example.com/ww')
    await user.click(screen.getByLabelText('tracker.started'))
    await user.click(screen.getByLabelText('project.created'))
    await user.click(screen.getByRole('button', { name: 'Register webhook' }))
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        url: 'https://hooks.example.com/ww',
        events: ['tracker.started', 'project.created'],
      }),
    )
    expect(await screen.findByText('The url is not reachable.')).toBeTruthy()
    expect((screen.getByLabelText('project.created') as HTMLInputElement).checked).toBe(true)
  })
})
