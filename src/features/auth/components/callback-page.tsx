import { useEffect, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { buttonClass } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'

/** Finishes the OAuth sign-in: the code in the URL becomes tokens, then back to where the user was. */
export function CallbackPage({ complete, onDone }: { complete: () => Promise<string>; onDone: (returnTo: string) => void }) {
  // The server sends `?error=` instead of a code when the user cancelled or it refused.
  const [denied] = useState(() => new URLSearchParams(window.location.search).get('error'))
  const [failure, setFailure] = useState<string | null>(null)
  const error = denied ? (denied === 'access_denied' ? 'The sign-in was cancelled.' : `WebWork refused the sign-in (${denied}).`) : failure

  useEffect(() => {
    if (denied) return
    complete().then(onDone, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))
  }, [denied, complete, onDone])

  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      {error ? (
        <div role="alert" className="flex max-w-sm flex-col items-start gap-3">
          <h1 className="text-lg font-semibold">You are not signed in</h1>
          <p className="text-muted-foreground">{error}</p>
          <Link to="/sign-in" className={buttonClass({ variant: 'outline' })}>
            Back to sign-in
          </Link>
        </div>
      ) : (
        <>
          <h1 className="sr-only">Signing in</h1>
          <Spinner label="Signing you in" />
        </>
      )}
    </main>
  )
}
