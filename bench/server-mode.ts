import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { rmSync } from 'node:fs'
import { createServer, request as httpRequest, Agent, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { CLIENT_ID, DEMO_CLIENT_SECRET } from '../sandbox/config'
import { DEMO_OWNER_PAT, DEMO_PASSWORD } from '../sandbox/demo-accounts'
import { startSandbox, type RunningSandbox } from '../sandbox/server'
import { startServer } from '../server/server'

// Static mode next to server mode: one user with two tabs open on busy pages (the approvals inbox
// and the Live board) for a minute on the `demo` profile. For each mode:
// - the API requests that reached the vendor in that minute, counted at the sandbox's door (a
//   counting proxy in front of its /api/v2, so the browser's view plays no part), CORS preflights
//   apart;
// - the 429 answers: those the tabs saw (in server mode the server's own), and the vendor's;
// - click latency: from clicking Approve on a timesheet in the inbox tab (the click event as the
//   page sees it) to the sandbox recording it, over approvals spread over the minute.
//
// Static mode: the built app under `vite preview`, pointed at a normal sandbox, signed in with the
// personal access token. Server mode: a confidential sandbox and the companion server started in
// this process, serving the same build, signed in through the sandbox's authorize page.

const MINUTE_MS = 60_000
const APPROVALS = 5
const WORKSPACE = 1000
const HOST = '127.0.0.1'
const SESSION_SECRET = 'bench-session-secret-0123456789-abcdef'

export interface ModeResult {
  mode: 'static' | 'server'
  /** API requests at the sandbox in the minute (CORS preflights not included). */
  vendorRequests: number
  preflights: number
  /** 429s the sandbox sent. */
  vendor429: number
  /** 429s the two tabs saw on their API requests (the vendor's, passed on, and the server's own). */
  browser429: number
  browserRequests: number
  /** What got those 429s: method, path and X-Request-Priority. */
  tooManyOn: string[]
  latencies: number[]
  /** Per approval (ms): Playwright's click action until the page saw the click (its actionability
   *  checks, not the app's latency), and the click → the request reaching the sandbox. */
  clickAction: number[]
  reachedVendor: number[]
  /** How long the measured "minute" really lasted (slow approvals stretch it). */
  elapsedMs: number
  p50: number
  p95: number
  /** Approvals clicked that the sandbox never recorded within 30 s. */
  missed: number
}

interface Counter {
  origin: string
  requests: number
  preflights: number
  tooMany: number
  /** Epoch ms the latest approve request arrived. */
  approveArrivedAt: number
  reset: () => void
  close: () => Promise<void>
}

/** A pass-through proxy in front of the sandbox's API that counts what reaches it. */
async function countingProxy(target: string): Promise<Counter> {
  const agent = new Agent({ keepAlive: true })
  const upstream = new URL(target)
  const counter = { requests: 0, preflights: 0, tooMany: 0, approveArrivedAt: 0 }
  const server: Server = createServer((req, res) => {
    if (req.method === 'OPTIONS') counter.preflights++
    else counter.requests++
    if (req.method === 'PUT' && /\/timesheets\/[^/]+\/approve/.test(req.url ?? '')) counter.approveArrivedAt = Date.now()
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host }, agent },
      (answer) => {
        if (answer.statusCode === 429) counter.tooMany++
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve))
  const origin = `http://${HOST}:${(server.address() as AddressInfo).port}`
  return {
    origin,
    get requests() {
      return counter.requests
    },
    get preflights() {
      return counter.preflights
    },
    get tooMany() {
      return counter.tooMany
    },
    get approveArrivedAt() {
      return counter.approveArrivedAt
    },
    reset: () => Object.assign(counter, { requests: 0, preflights: 0, tooMany: 0 }),
    close: async () => {
      agent.destroy()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** The minute itself: tab A on the inbox approving now and then, tab B on the Live board. */
async function busyMinute(context: BrowserContext, inbox: Page, app: string, sandbox: RunningSandbox, counter: Counter, apiPrefix: string) {
  let browserRequests = 0
  let browser429 = 0
  const tooManyOn: string[] = []
  const watch = (page: Page) =>
    page.on('response', (response) => {
      if (!response.url().startsWith(apiPrefix) || response.request().method() === 'OPTIONS') return
      browserRequests++
      if (response.status() !== 429) return
      browser429++
      const request = response.request()
      tooManyOn.push(`${request.method()} ${new URL(request.url()).pathname} (${request.headers()['x-request-priority'] ?? 'no priority'})`)
    })
  watch(inbox)
  const live = await context.newPage()
  watch(live)

  counter.reset()
  const started = performance.now()
  await Promise.all([inbox.goto(`${app}/w/${WORKSPACE}/inbox?kind=timesheet`), live.goto(`${app}/w/${WORKSPACE}/live`)])

  const latencies: number[] = []
  const reachedVendor: number[] = []
  const clickAction: number[] = []
  let missed = 0
  for (let i = 0; i < APPROVALS; i++) {
    // Spread over the minute: at 6, 18, 30, 42 and 54 s.
    const at = ((i + 0.5) * MINUTE_MS) / APPROVALS
    await sleep(at - (performance.now() - started))
    const approve = inbox.getByRole('button', { name: /^Approve/ }).first()
    await approve.waitFor({ timeout: 20_000 })
    const submitted = new Set(sandbox.store.data.timesheets.filter((t) => t.workspaceId === WORKSPACE && t.status === 'submitted').map((t) => t.id))
    // The click as the page sees it (epoch ms): Playwright's own checks before it clicks are not
    // the app's latency.
    await inbox.evaluate(() => {
      const w = window as unknown as { benchClickAt: number }
      w.benchClickAt = 0
      document.addEventListener('click', () => (w.benchClickAt = performance.timeOrigin + performance.now()), { capture: true, once: true })
    })
    const asked = Date.now()
    await approve.click()
    const recorded = await until(() => sandbox.store.data.timesheets.some((t) => submitted.has(t.id) && t.status === 'approved'), 30_000)
    const recordedAt = Date.now()
    const clicked = (await inbox.evaluate(() => (window as unknown as { benchClickAt: number }).benchClickAt)) || asked
    if (recorded) latencies.push(Math.round(recordedAt - clicked))
    else missed++
    clickAction.push(clicked - asked)
    reachedVendor.push(counter.approveArrivedAt - clicked)
  }
  await sleep(MINUTE_MS - (performance.now() - started))
  const elapsedMs = performance.now() - started
  const result = {
    elapsedMs,
    vendorRequests: counter.requests,
    preflights: counter.preflights,
    vendor429: counter.tooMany,
    browser429,
    browserRequests,
    tooManyOn,
  }
  await live.close()
  latencies.sort((a, b) => a - b)
  return {
    ...result,
    latencies,
    clickAction: clickAction.map(Math.round),
    reachedVendor: reachedVendor.map(Math.round),
    missed,
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? NaN,
    p95: latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] ?? NaN,
  }
}

async function staticMode(distDir: string, launch: () => Promise<BrowserContext>): Promise<ModeResult> {
  const port = await freePort()
  const app = `http://${HOST}:${port}`
  const dataDir = 'test-results/bench-static-sandbox'
  rmSync(dataDir, { recursive: true, force: true })
  const sandbox = await startSandbox({ port: 0, profile: 'demo', dataDir, persist: false, reset: true, redirectUris: [`${app}/callback`] })
  const counter = await countingProxy(sandbox.origin)
  // config.json from the preview server itself, not page.route: with request interception on,
  // Playwright answers CORS preflights itself and they would never reach the sandbox.
  const config = JSON.stringify({
    apiBaseUrl: `${counter.origin}/api/v2`,
    oauth: {
      authorizeUrl: `${sandbox.origin}/oauth/authorize`,
      tokenUrl: `${sandbox.origin}/oauth/token`,
      revokeUrl: `${sandbox.origin}/oauth/revoke`,
      clientId: CLIENT_ID,
      scopes: 'read write',
    },
    rateLimitPerMinute: 60,
  })
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: HOST, port, strictPort: true },
    plugins: [
      {
        name: 'bench-config',
        configurePreviewServer: (previewServer) => {
          previewServer.middlewares.use('/config.json', (_req, res) => {
            res.setHeader('content-type', 'application/json')
            res.setHeader('cache-control', 'no-store')
            res.end(config)
          })
        },
      },
    ],
  })
  const context = await launch()
  try {
    const inbox = await context.newPage()
    await inbox.goto(`${app}/`)
    await inbox.getByText('Use a personal access token').click()
    await inbox.getByLabel('Personal access token').fill(DEMO_OWNER_PAT)
    await inbox.getByRole('button', { name: 'Sign in with token' }).click()
    await inbox.waitForURL(/\/w\/\d+/)
    // The token lives in the tab's sessionStorage: the second tab starts with a copy, as a tab
    // opened from the first one would.
    const session = await inbox.evaluate(() => JSON.stringify({ ...sessionStorage }))
    await context.addInitScript(
      ({ origin, session }) => {
        if (location.origin !== origin || sessionStorage.length > 0) return
        for (const [key, value] of Object.entries(JSON.parse(session) as Record<string, string>)) sessionStorage.setItem(key, value)
      },
      { origin: app, session },
    )
    const result = await busyMinute(context, inbox, app, sandbox, counter, `${counter.origin}/api/`)
    return { mode: 'static', ...result }
  } finally {
    await context.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
    await counter.close()
    await sandbox.close()
  }
}

async function serverMode(distDir: string, launch: () => Promise<BrowserContext>): Promise<ModeResult> {
  const port = await freePort()
  const app = `http://${HOST}:${port}`
  const dataDir = 'test-results/bench-server-sandbox'
  rmSync(dataDir, { recursive: true, force: true })
  const sandbox = await startSandbox({
    port: 0,
    profile: 'demo',
    dataDir,
    persist: false,
    reset: true,
    clientSecret: DEMO_CLIENT_SECRET,
    redirectUris: [`${app}/auth/callback`],
  })
  const counter = await countingProxy(sandbox.origin)
  const server = await startServer({
    port,
    host: HOST,
    apiBaseUrl: `${counter.origin}/api/v2`,
    authorizeUrl: `${sandbox.origin}/oauth/authorize`,
    tokenUrl: `${sandbox.origin}/oauth/token`,
    revokeUrl: `${sandbox.origin}/oauth/revoke`,
    clientId: CLIENT_ID,
    clientSecret: DEMO_CLIENT_SECRET,
    scopes: 'read write',
    publicUrl: app,
    sessionSecret: SESSION_SECRET,
    rateLimitPerMinute: 60,
    sessionTtl: 3600,
    distDir,
  })
  const context = await launch()
  try {
    const inbox = await context.newPage()
    await signInThroughServer(inbox, app)
    // The second tab shares the session cookie.
    const result = await busyMinute(context, inbox, app, sandbox, counter, `${app}/api/`)
    return { mode: 'server', ...result }
  } finally {
    await context.close()
    await server.close()
    await counter.close()
    await sandbox.close()
  }
}

/** The demo owner signs in through the companion server at `app` (the sandbox's page), landing on a workspace. */
export async function signInThroughServer(page: Page, app: string) {
  await page.goto(`${app}/`)
  await page.getByRole('button', { name: 'Sign in with WebWork' }).click()
  await page.getByLabel('Email').fill('owner@demo.test')
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(/\/w\/\d+/)
}

/** Both modes, one after the other, each with a fresh sandbox (the user's full minute) and browser context. */
export async function serverModeBench(options: { distDir: string; executablePath: string; args: string[] }) {
  const browser = await chromium.launch({ executablePath: options.executablePath, args: options.args })
  try {
    const launch = () => browser.newContext()
    const staticRun = await staticMode(options.distDir, launch)
    const serverRun = await serverMode(options.distDir, launch)
    return { static: staticRun, server: serverRun }
  } finally {
    await browser.close()
  }
}

type Report = (label: string, value: string, ok?: boolean, target?: string) => void

/** The bench's lines, static and server side by side, in run.ts's `report` format. */
export function reportServerMode(modes: { static: ModeResult; server: ModeResult }, report: Report) {
  const side = (pick: (run: ModeResult) => string) => `static ${pick(modes.static)} | server ${pick(modes.server)}`
  const { server } = modes
  report(
    `Two tabs, 1 min (inbox + Live): requests at vendor`,
    side((run) => `${run.vendorRequests} (+${run.preflights} preflights)`),
    server.vendorRequests <= 60,
    'server ≤ 60',
  )
  report(
    `  429 answers seen by the tabs (vendor's own)`,
    side((run) => `${run.browser429} of ${run.browserRequests} (${run.vendor429})`),
    server.browser429 === 0 && server.vendor429 === 0,
    'server 0',
  )
  report(
    `  Approve click → recorded, p50 / p95`,
    side((run) => `${seconds(run.p50)} / ${seconds(run.p95)} s (${run.latencies.length} approvals${run.missed ? `, ${run.missed} never recorded` : ''})`),
    Math.max(modes.static.p95, server.p95) < 1500 && modes.static.missed + server.missed === 0,
    'both < 1.5 s',
  )
  if (server.tooManyOn.length > 0) report(`  server mode's 429s were for`, server.tooManyOn.join(', '))
}

const seconds = (ms: number) => (ms / 1000).toFixed(2)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/** True once `done()` is, checked every few milliseconds (the sandbox runs in this process); false past `timeoutMs`. */
async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  while (!done()) {
    if (performance.now() > deadline) return false
    await sleep(2)
  }
  return true
}

// `npx tsx bench/server-mode.ts`: this bench alone, on its own build (dist/ is left alone).
if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = 'test-results/bench-server-mode-dist'
  build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } })
    .then(() =>
      serverModeBench({
        distDir,
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      }),
    )
    .then(
      (result) => {
        process.stderr.write(`${JSON.stringify(result)}\n`)
        reportServerMode(result, (label, value, ok, target) => {
          const verdict = ok === undefined ? '' : ok ? `  (target ${target}: met)` : `  (target ${target}: MISSED)`
          process.stdout.write(`${label.padEnd(52)} ${value}${verdict}\n`)
        })
        process.exit(0)
      },
      (error: unknown) => {
        process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`)
        process.exit(1)
      },
    )
}
