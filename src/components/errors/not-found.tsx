import { Link } from '@tanstack/react-router'
import { buttonClass } from '@/components/ui/button'

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-start gap-3 p-8">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-lg font-semibold">This {what} does not exist</h1>
      <p className="text-muted-foreground">The link may be old, or you may not have access to it.</p>
      <Link to="/" className={buttonClass({ variant: 'outline' })}>
        Go to the dashboard
      </Link>
    </div>
  )
}
