import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Sandbox tests start real servers on free ports; keep them from starving each other.
      testTimeout: 20_000,
      projects: [
        {
          // The app: jsdom, with the Vite config (alias, generated route tree).
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            setupFiles: ['src/testing/setup-tests.ts'],
          },
        },
        {
          test: { name: 'sandbox', environment: 'node', include: ['sandbox/**/*.test.ts'] },
        },
        {
          // The companion server, against real sandboxes (and a real redis-server when installed).
          test: { name: 'server', environment: 'node', include: ['server/**/*.test.ts'] },
        },
      ],
    },
  }),
)
