import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { ConfigError } from '@/components/errors/config-error'
import { configureTrackingStream } from '@/api/time-tracking/tracking-stream'
import { api } from '@/lib/api/client'
import { createAppMode } from '@/lib/app-mode'
import { AuthContext } from '@/lib/auth/use-auth'
import { loadConfig } from '@/lib/config'
import { clearCacheWhenSignedOut, createQueryClient } from '@/lib/query-client'
import { createAppRouter } from './router'
import './index.css'

// The runtime config is read and checked before anything renders: one build serves the sandbox
// or the vendor's API, and a wrong config.json explains itself instead of failing later.
async function start() {
  const root = createRoot(document.getElementById('root')!)
  const loaded = await loadConfig()
  if (!loaded.ok) {
    root.render(<ConfigError url={loaded.url} problems={loaded.problems} />)
    return
  }
  const { config } = loaded
  // Static (the browser signs in) or server (the companion server does): see app-mode.ts.
  const { auth, api: apiMode, eventsUrl } = await createAppMode(config)
  api.configure(apiMode)
  configureTrackingStream(eventsUrl)
  const queryClient = createQueryClient({
    // The token (or the server's session) was refused even after renewal: forget it; the guard
    // then sends the user to sign in and back to this page.
    onUnauthorized: () => void auth.forget().then(() => router.invalidate()),
  })
  const router = createAppRouter({ queryClient, auth })
  clearCacheWhenSignedOut(auth, queryClient)

  root.render(
    <StrictMode>
      <AuthContext.Provider value={auth}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AuthContext.Provider>
    </StrictMode>,
  )
}

void start()
