import { Link } from '@tanstack/react-router'
import { buttonClass } from '@/components/ui/button'

export type ReviewKind = 'timesheet' | 'time-request' | 'leave'

/** Decisions are made in the inbox only; queue pages link a pending item there. */
export function ReviewLink({
  workspaceId,
  kind,
  id,
  label,
  children = 'Review',
  size = 'sm',
}: {
  workspaceId: number
  kind: ReviewKind
  id: string
  /** The accessible name, when the visible text alone is ambiguous (a column of "Review"). */
  label?: string
  children?: string
  size?: 'sm' | 'md'
}) {
  return (
    <Link
      to="/w/$workspaceId/inbox"
      params={{ workspaceId }}
      search={{ item: `${kind}:${id}` }}
      aria-label={label}
      className={buttonClass({ variant: 'outline', size })}
    >
      {children}
    </Link>
  )
}
