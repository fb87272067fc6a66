import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/errors'
import { applyServerErrors } from './server-errors'

type Values = { category_id: string; note: string }
const fields = ['category_id', 'note'] as const

describe('applyServerErrors', () => {
  it('puts a 422 on the fields shown (by their API alias too), focusing the first, and the rest above the buttons', () => {
    const setError = vi.fn()
    const error = new ApiError('validation', 'The given data was invalid.', {
      fieldErrors: {
        category_id: ['The selected category id is invalid.'],
        description: ['The description may not be greater than 1000 characters.'],
        workspace_id: ['The workspace id field is required.'],
      },
    })
    applyServerErrors<Values>(error, setError, fields, { description: 'note' })
    expect(setError.mock.calls).toEqual([
      ['category_id', { type: 'server', message: 'The selected category id is invalid.' }, { shouldFocus: true }],
      ['note', { type: 'server', message: 'The description may not be greater than 1000 characters.' }, { shouldFocus: false }],
      ['root.server', { message: 'The workspace id field is required.' }],
    ])
  })

  it('says a 422 that names no field shown, and any other failure, above the buttons', () => {
    const setError = vi.fn()
    applyServerErrors<Values>(new ApiError('validation', 'The given data was invalid.', { fieldErrors: {} }), setError, fields)
    applyServerErrors<Values>(new ApiError('conflict', 'The expense was changed meanwhile.'), setError, fields)
    expect(setError.mock.calls).toEqual([
      ['root.server', { message: 'The given data was invalid.' }],
      ['root.server', { message: 'The expense was changed meanwhile.' }],
    ])
  })
})
