import { useEffect } from 'react'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { CircleAlert } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { errorTitles, isApiError } from '@/lib/api/errors'

/** What to say per kind of failure, in plain words. */
function explain(error: unknown): { title: string; detail: string; retry: boolean } {
  if (!isApiError(error)) {
    return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error), retry: true }
  }
  const title = errorTitles[error.kind]
  switch (error.kind) {
    case 'forbidden':
      return {
        title,
        detail: `WebWork refused: ${error.message} Only workspace Owners and Executive managers may use the WebWork API; ask an owner if you need access.`,
        retry: false,
      }
    case 'rate-limited':
      return { title, detail: `${error.message} The dashboard waits on its own; try again in a moment.`, retry: true }
    case 'unauthorized':
      return { title, detail: 'Sign in again to continue where you were.', retry: false }
    default:
      return { title, detail: error.message, retry: error.kind !== 'not-found' && error.kind !== 'validation' }
  }
}

export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter()
  const { reset } = useQueryErrorResetBoundary()
  // Let queries that failed fetch again when the route retries.
  useEffect(() => reset(), [reset])
  const { title, detail, retry } = explain(error)

  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-start gap-3 p-8">
      <CircleAlert aria-hidden className="size-6 text-destructive" />
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-muted-foreground">{detail}</p>
      {retry && (
        <Button variant="outline" onClick={() => void router.invalidate()}>
          Try again
        </Button>
      )}
    </div>
  )
}
