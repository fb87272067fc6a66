import { useState, type FormEvent } from 'react'
import { KeyRound, LogIn, TriangleAlert } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input, Label } from '@/components/ui/input'

export function SignInPage({
  onWebWork,
  onWebWorkIntent,
  onToken,
}: {
  onWebWork: () => Promise<void>
  /** The pointer or focus reached the button: a click is likely. */
  onWebWorkIntent: () => void
  /** Resolves to an error message, or null once signed in. Left out: no token form (companion server). */
  onToken?: (token: string) => Promise<string | null>
}) {
  const [redirecting, setRedirecting] = useState(false)
  const [redirectError, setRedirectError] = useState<string | null>(null)
  const [token, setToken] = useState('')
  const [tokenError, setTokenError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)

  const startOAuth = async () => {
    setRedirecting(true)
    setRedirectError(null)
    try {
      await onWebWork()
    } catch (error) {
      setRedirecting(false)
      setRedirectError(error instanceof Error ? error.message : 'The sign-in could not start.')
    }
  }

  const submitToken = async (event: FormEvent) => {
    event.preventDefault()
    if (!onToken) return
    if (!token.trim()) {
      setTokenError('Paste your personal access token.')
      return
    }
    setChecking(true)
    const error = await onToken(token)
    setChecking(false)
    setTokenError(error)
  }

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2 font-semibold">
          <span aria-hidden className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
            W
          </span>
          WebWork dashboard
        </div>
        <div className="rounded-xl border bg-card p-6 shadow-sm">
          <h1 className="text-lg font-semibold">Sign in</h1>
          <p className="mt-1 text-muted-foreground">Use your WebWork account. Owners and executive managers can use the dashboard.</p>
          <Button className="mt-4 w-full" onClick={() => void startOAuth()} onPointerEnter={onWebWorkIntent} onFocus={onWebWorkIntent} disabled={redirecting}>
            <LogIn aria-hidden />
            {redirecting ? 'Opening WebWork…' : 'Sign in with WebWork'}
          </Button>
          {redirectError && (
            <p role="alert" className="mt-2 text-xs text-destructive">
              {redirectError}
            </p>
          )}

          {onToken && (
            <details className="group mt-6 border-t pt-4">
              <summary className="flex cursor-pointer items-center gap-2 rounded-sm font-medium text-muted-foreground hover:text-foreground">
                <KeyRound aria-hidden className="size-4" />
                Use a personal access token
              </summary>
              <form onSubmit={(e) => void submitToken(e)} className="mt-3 grid gap-2" noValidate>
                <p className="flex gap-2 rounded-md bg-warning/10 p-2 text-xs text-warning">
                  <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
                  <span>
                    A personal access token is valid for six months and can do everything you can. Use it only on a computer you trust. It is kept for this tab
                    only and forgotten when you close it or sign out.
                  </span>
                </p>
                <Label htmlFor="pat">Personal access token</Label>
                <Input
                  id="pat"
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                  aria-invalid={tokenError ? true : undefined}
                  aria-describedby={tokenError ? 'pat-error' : undefined}
                />
                {tokenError && (
                  <p id="pat-error" role="alert" className="text-xs text-destructive">
                    {tokenError}
                  </p>
                )}
                <Button type="submit" variant="outline" disabled={checking}>
                  {checking ? 'Checking the token…' : 'Sign in with token'}
                </Button>
              </form>
            </details>
          )}
        </div>
      </div>
    </main>
  )
}
