import { Link } from '@tanstack/react-router'
import {
  Activity,
  CalendarOff,
  ChartColumn,
  Clock,
  Eye,
  FolderKanban,
  Handshake,
  House,
  ReceiptText,
  Sheet,
  Users,
  Webhook,
  type LucideIcon,
} from 'lucide-react'
import { navLinkClass } from '@/components/layout/app-shell'
import { InboxNav } from '@/features/inbox/components/inbox-nav'

type WorkspacePage =
  | '/w/$workspaceId'
  | '/w/$workspaceId/live'
  | '/w/$workspaceId/reports'
  | '/w/$workspaceId/timesheets'
  | '/w/$workspaceId/time-requests'
  | '/w/$workspaceId/leaves'
  | '/w/$workspaceId/expenses'
  | '/w/$workspaceId/members'
  | '/w/$workspaceId/projects'
  | '/w/$workspaceId/contracts'
  | '/w/$workspaceId/project-viewers'
  | '/w/$workspaceId/webhooks'

interface NavEntry {
  to: WorkspacePage
  label: string
  icon: LucideIcon
}

// The sidebar in the order a manager's day runs: what needs a decision and who works now, then
// the records behind the decisions, then setting the team up. Only pages that exist are listed.
const recordPages: NavEntry[] = [
  { to: '/w/$workspaceId/timesheets', label: 'Timesheets', icon: Sheet },
  { to: '/w/$workspaceId/time-requests', label: 'Time requests', icon: Clock },
  { to: '/w/$workspaceId/leaves', label: 'Leaves', icon: CalendarOff },
  { to: '/w/$workspaceId/expenses', label: 'Expenses', icon: ReceiptText },
]
const teamPages: NavEntry[] = [
  { to: '/w/$workspaceId/members', label: 'Members', icon: Users },
  { to: '/w/$workspaceId/projects', label: 'Projects', icon: FolderKanban },
  { to: '/w/$workspaceId/contracts', label: 'Contracts', icon: Handshake },
  { to: '/w/$workspaceId/project-viewers', label: 'Project viewers', icon: Eye },
  { to: '/w/$workspaceId/webhooks', label: 'Webhooks', icon: Webhook },
]

export function WorkspaceNav({ workspaceId }: { workspaceId: number }) {
  const item = ({ to, label, icon: Icon }: NavEntry) => (
    <Link key={to} to={to} params={{ workspaceId }} activeOptions={{ exact: to === '/w/$workspaceId' }} className={navLinkClass}>
      <Icon aria-hidden />
      {label}
    </Link>
  )
  return (
    <>
      {item({ to: '/w/$workspaceId', label: 'Home', icon: House })}
      <InboxNav workspaceId={workspaceId} />
      {item({ to: '/w/$workspaceId/live', label: 'Live', icon: Activity })}
      {item({ to: '/w/$workspaceId/reports', label: 'Reports', icon: ChartColumn })}
      <NavHeading>Records</NavHeading>
      {recordPages.map(item)}
      <NavHeading>Team</NavHeading>
      {teamPages.map(item)}
    </>
  )
}

/** A group's name in the sidebar. */
function NavHeading({ children }: { children: string }) {
  return (
    <p aria-hidden className="px-3 pt-4 pb-1 text-xs font-medium text-muted-foreground">
      {children}
    </p>
  )
}
