import { setupServer } from 'msw/node'

// MSW is for fault injection only (401, 429, 5xx, bad JSON, aborts): the stateful fake of the
// API is the sandbox. Any request a test did not expect fails the test.
export const TEST_API = 'http://api.test/api/v2'
export const server = setupServer()
