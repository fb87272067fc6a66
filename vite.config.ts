import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { dashboardPolicy, inlineScriptHashes, serializePolicy } from './server/csp'

// Ports the sandbox registers as redirect URIs (`/callback`); strictPort keeps them exact.
export const DEV_PORT = 5173
export const PREVIEW_PORT = 4173

/**
 * The preview serves the built app with the production policy (README "Security headers for a
 * static deployment"). Its API may be any local sandbox port (the e2e suite points config.json at
 * several), so connect-src and form-action name loopback on any port; a deployment names its API.
 */
const LOOPBACK = ['http://127.0.0.1:*', 'http://localhost:*']
const previewHeaders = {
  'Content-Security-Policy': serializePolicy(
    dashboardPolicy({
      scriptHashes: inlineScriptHashes(readFileSync(new URL('./index.html', import.meta.url), 'utf8')),
      connectSrc: LOOPBACK,
      formAction: LOOPBACK,
    }),
  ),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
}

export default defineConfig({
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // Loaders too: each pulls its resource's queries and contract schemas, which would otherwise
      // all land in the first page's bundle. Hover preloading fetches the chunk before a click.
      codeSplittingOptions: { defaultBehavior: [['loader'], ['component'], ['pendingComponent', 'errorComponent', 'notFoundComponent']] },
      routeFileIgnorePattern: String.raw`\.test\.`,
    }),
    react(),
    tailwindcss(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // One host name everywhere: the OAuth redirect URI must match exactly.
  server: { host: '127.0.0.1', port: DEV_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true, headers: previewHeaders },
})
