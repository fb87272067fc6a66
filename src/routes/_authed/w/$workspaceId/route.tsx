import { Suspense } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link, notFound, Outlet, useRouter } from '@tanstack/react-router'
import { Activity, CalendarOff, ChartColumn, Clock, Eye, FolderKanban, Handshake, House, ReceiptText, Sheet, Users, Webhook } from 'lucide-react'
import { z } from 'zod'
import { AppShell, navLinkClass } from '@/components/layout/app-shell'
import { RateMeter } from '@/components/layout/rate-meter'
import { UserMenu } from '@/components/layout/user-menu'
import { NotFound } from '@/components/errors/not-found'
import { workspaceQueries } from '@/features/workspaces/api/queries'
import { InboxNav } from '@/features/inbox/components/inbox-nav'
import { WorkspaceSwitcher } from '@/features/workspaces/components/workspace-switcher'
import { useAuth, useSession } from '@/lib/auth/use-auth'
import { loadQuery } from '@/lib/query-client'

// A malformed id reads as "no such workspace" (0 never exists).
const workspaceIdSchema = z.coerce.number().int().positive().catch(0)

export const Route = createFileRoute('/_authed/w/$workspaceId')({
  params: {
    parse: (params) => ({ workspaceId: workspaceIdSchema.parse(params.workspaceId) }),
    stringify: (params) => ({ workspaceId: String(params.workspaceId) }),
  },
  loader: async ({ context: { queryClient }, params, preload }) => {
    await loadQuery(queryClient, workspaceQueries.list(), { preload })
    const workspaces = queryClient.getQueryData(workspaceQueries.list().queryKey)
    if (workspaces && !workspaces.some((w) => w.id === params.workspaceId)) throw notFound()
  },
  // The shell is not there when the workspace is unknown: this is the page's main content.
  notFoundComponent: () => (
    <main>
      <NotFound what="workspace" />
    </main>
  ),
  component: WorkspaceLayout,
})

function WorkspaceLayout() {
  const { workspaceId } = Route.useParams()
  const { data: workspaces } = useSuspenseQuery(workspaceQueries.list())
  const workspace = workspaces.find((w) => w.id === workspaceId)
  const session = useSession()
  const auth = useAuth()
  const router = useRouter()
  const navigate = Route.useNavigate()
  const { queryClient } = Route.useRouteContext()

  const signOut = async () => {
    await auth.signOut()
    queryClient.clear()
    await navigate({ to: '/sign-in' })
  }

  return (
    <AppShell
      nav={
        <>
          <Link to="/w/$workspaceId" params={{ workspaceId }} activeOptions={{ exact: true }} className={navLinkClass}>
            <House aria-hidden />
            Home
          </Link>
          <InboxNav workspaceId={workspaceId} />
          <Link to="/w/$workspaceId/live" params={{ workspaceId }} className={navLinkClass}>
            <Activity aria-hidden />
            Live
          </Link>
          <Link to="/w/$workspaceId/members" params={{ workspaceId }} className={navLinkClass}>
            <Users aria-hidden />
            Members
          </Link>
          <Link to="/w/$workspaceId/projects" params={{ workspaceId }} className={navLinkClass}>
            <FolderKanban aria-hidden />
            Projects
          </Link>
          <Link to="/w/$workspaceId/contracts" params={{ workspaceId }} className={navLinkClass}>
            <Handshake aria-hidden />
            Contracts
          </Link>
          <Link to="/w/$workspaceId/project-viewers" params={{ workspaceId }} className={navLinkClass}>
            <Eye aria-hidden />
            Project viewers
          </Link>
          <Link to="/w/$workspaceId/webhooks" params={{ workspaceId }} className={navLinkClass}>
            <Webhook aria-hidden />
            Webhooks
          </Link>
          <Link to="/w/$workspaceId/reports" params={{ workspaceId }} className={navLinkClass}>
            <ChartColumn aria-hidden />
            Reports
          </Link>
          <p aria-hidden className="hidden px-3 pt-3 pb-1 text-xs font-medium text-muted-foreground md:block">
            Records
          </p>
          <Link to="/w/$workspaceId/timesheets" params={{ workspaceId }} className={navLinkClass}>
            <Sheet aria-hidden />
            Timesheets
          </Link>
          <Link to="/w/$workspaceId/time-requests" params={{ workspaceId }} className={navLinkClass}>
            <Clock aria-hidden />
            Time requests
          </Link>
          <Link to="/w/$workspaceId/leaves" params={{ workspaceId }} className={navLinkClass}>
            <CalendarOff aria-hidden />
            Leaves
          </Link>
          <Link to="/w/$workspaceId/expenses" params={{ workspaceId }} className={navLinkClass}>
            <ReceiptText aria-hidden />
            Expenses
          </Link>
        </>
      }
      header={
        <>
          <WorkspaceSwitcher
            workspaceId={workspaceId}
            onSelect={(id) => void router.navigate({ to: '/w/$workspaceId', params: { workspaceId: id } })}
          />
          <div className="ml-auto flex items-center gap-3">
            <RateMeter />
            {session && <UserMenu session={session} role={workspace?.role} onSignOut={() => void signOut()} />}
          </div>
        </>
      }
    >
      <Suspense>
        <Outlet />
      </Suspense>
    </AppShell>
  )
}
