import { Figure } from '@/components/data/figure'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { BackLink } from '@/components/layout/back-link'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { memberQueries } from '@/api/members/queries'
import { fullName, initials } from '@/api/members/member-name'
import { formatRate, formatWeeklyLimit, statusTone } from '../member-format'
import { MemberActions } from './member-actions'

const route = getRouteApi('/_authed/w/$workspaceId/members/$memberId')

function localTime(timezone: string | undefined): string | null {
  if (!timezone) return null
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit' }).format(new Date())
  } catch {
    return null
  }
}

export function MemberDetail() {
  const { workspaceId, memberId } = route.useParams()
  const { data: m } = useSuspenseQuery(memberQueries.detail(workspaceId, memberId))
  const rate = formatRate(m)
  const time = localTime(m.timezone)

  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <BackLink to="/w/$workspaceId/members" params={{ workspaceId }}>
        Members
      </BackLink>
      <div className="flex items-center gap-3">
        <span aria-hidden className="flex size-12 items-center justify-center rounded-full bg-muted text-base font-medium">
          {initials(m)}
        </span>
        <div>
          <h1 className="text-xl font-semibold tracking-tight">{fullName(m)}</h1>
          <p className="text-muted-foreground">{m.email}</p>
        </div>
      </div>
      <MemberActions workspaceId={workspaceId} member={m} />
      <Card>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Figure label="Role">{m.current_role}</Figure>
          <Figure label="Status">
            <Badge tone={statusTone(m.status)}>{m.status}</Badge>
            {m.is_blocked && (
              <Badge tone="danger" className="ml-1">
                blocked
              </Badge>
            )}
          </Figure>
          <Figure label="Time zone">
            {m.timezone ?? <span className="text-muted-foreground">not set</span>}
            {time && <span className="text-muted-foreground"> · {time} there now</span>}
          </Figure>
          <Figure label="Rate">
            {rate ?? (
              <span className="text-muted-foreground" title="Not in WebWork's answer: hidden for your role, or not sent">
                —<span className="sr-only">not in WebWork's answer: hidden for your role, or not sent</span>
              </span>
            )}
          </Figure>
          <Figure label="Weekly hours limit">{formatWeeklyLimit(m.weekly_hours_limit)}</Figure>
          <Figure label="Team">{m.team_name ?? '—'}</Figure>
          <Figure label="Title">{m.title ?? '—'}</Figure>
          <Figure label="Screenshots">{m.screenshots ?? '—'}</Figure>
          <Figure label="Member since">{m.created_at ? new Date(m.created_at).toLocaleDateString('en-GB', { dateStyle: 'medium' }) : '—'}</Figure>
        </dl>
      </Card>
    </div>
  )
}
