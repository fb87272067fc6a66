import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium'
import { defineConfig } from '@playwright/test'
import { CLIENT_ID, DEMO_CLIENT_SECRET } from './sandbox/config'
import {
  E2E_APP,
  E2E_CONFIDENTIAL_PORT,
  E2E_DOCS_PORT,
  E2E_PREVIEW_PORT,
  E2E_REDIRECT_URIS,
  E2E_RESULTS,
  E2E_SANDBOX_PORT,
  E2E_SERVER_APP,
  E2E_SERVER_PORT,
  E2E_SHORT_TTL_PORT,
} from './e2e/ports'

const confidential = `http://127.0.0.1:${E2E_CONFIDENTIAL_PORT}`

// End-to-end in Debian's Chromium against the built app (vite preview) and four sandboxes: one as
// shipped, one whose access tokens expire after 65 s so that silent renewal shows within a test,
// one answering in the docs dialect (the vendor's own payloads) for docs-dialect.spec.ts, and one
// in confidential mode behind the companion server (started last: it serves the same build) for
// companion-server.spec.ts. Web servers start one after another, in this order.
export default defineConfig({
  testDir: 'e2e',
  outputDir: `${E2E_RESULTS}/e2e`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: `${E2E_RESULTS}/e2e.json` }]],
  use: {
    baseURL: E2E_APP,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', testMatch: /\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: `npx tsx sandbox/main.ts --port ${E2E_SANDBOX_PORT} --data ${E2E_RESULTS}/e2e-sandbox --reset`,
      // Tests reload the app and check results through the API many times a minute, far beyond
      // what a person does; the app's own budget still holds it to 60 a minute per test (its
      // config says so). The budget and the 429 path are tested in unit tests and the bench.
      // Webhook receivers of the specs listen on loopback.
      env: { SANDBOX_RATE_LIMIT: '600', SANDBOX_REDIRECT_URIS: E2E_REDIRECT_URIS, SANDBOX_ALLOW_PRIVATE_WEBHOOKS: '1' },
      url: `http://127.0.0.1:${E2E_SANDBOX_PORT}/api/v2/workspaces`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx sandbox/main.ts --port ${E2E_SHORT_TTL_PORT} --data ${E2E_RESULTS}/e2e-sandbox-short-ttl --reset`,
      env: { SANDBOX_ACCESS_TOKEN_TTL: '65', SANDBOX_REDIRECT_URIS: E2E_REDIRECT_URIS },
      url: `http://127.0.0.1:${E2E_SHORT_TTL_PORT}/api/v2/workspaces`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx sandbox/main.ts --port ${E2E_DOCS_PORT} --dialect docs --data ${E2E_RESULTS}/e2e-sandbox-docs --reset`,
      env: { SANDBOX_RATE_LIMIT: '600', SANDBOX_REDIRECT_URIS: E2E_REDIRECT_URIS },
      url: `http://127.0.0.1:${E2E_DOCS_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite build --outDir dist-e2e-${E2E_PREVIEW_PORT} && npx vite preview --outDir dist-e2e-${E2E_PREVIEW_PORT} --port ${E2E_PREVIEW_PORT}`,
      url: E2E_APP,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx tsx sandbox/main.ts --port ${E2E_CONFIDENTIAL_PORT} --confidential --data ${E2E_RESULTS}/e2e-sandbox-confidential --reset`,
      // The companion server's webhook receiver (live-push.spec.ts) listens on loopback.
      env: { SANDBOX_RATE_LIMIT: '600', SANDBOX_REDIRECT_URIS: `${E2E_REDIRECT_URIS},${E2E_SERVER_APP}/auth/callback`, SANDBOX_ALLOW_PRIVATE_WEBHOOKS: '1' },
      url: `${confidential}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx server/main.ts --port ${E2E_SERVER_PORT}`,
      env: {
        PUBLIC_URL: E2E_SERVER_APP,
        DIST_DIR: `dist-e2e-${E2E_PREVIEW_PORT}`,
        WEBWORK_API_BASE_URL: `${confidential}/api/v2`,
        WEBWORK_AUTHORIZE_URL: `${confidential}/oauth/authorize`,
        WEBWORK_TOKEN_URL: `${confidential}/oauth/token`,
        WEBWORK_REVOKE_URL: `${confidential}/oauth/revoke`,
        WEBWORK_CLIENT_ID: CLIENT_ID,
        WEBWORK_CLIENT_SECRET: DEMO_CLIENT_SECRET,
        SESSION_SECRET: 'e2e-session-secret-0123456789abcdef0123456789',
      },
      url: `${E2E_SERVER_APP}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
