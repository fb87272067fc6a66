import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts'],
    // Sandbox tests start real servers on free ports; keep them from starving each other.
    testTimeout: 20_000,
  },
})
