import { Suspense } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound, Outlet, useRouter } from '@tanstack/react-router'
import { AppShell } from '@/components/layout/app-shell'
import { RateMeter } from '@/components/layout/rate-meter'
import { UserMenu } from '@/components/layout/user-menu'
import { NotFound } from '@/components/errors/not-found'
import { workspaceQueries } from '@/api/workspaces/queries'
import { WorkspaceSwitcher } from '@/features/workspaces/components/workspace-switcher'
import { useAuth, useSession } from '@/lib/auth/use-auth'
import { loadQuery } from '@/lib/query-client'
import { pathIdParam } from '@/utils/search-params'
import { WorkspaceNav } from './-components/workspace-nav'

export const Route = createFileRoute('/_authed/w/$workspaceId')({
  params: {
    parse: (params) => ({ workspaceId: pathIdParam.parse(params.workspaceId) }),
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
      nav={<WorkspaceNav workspaceId={workspaceId} />}
      header={
        <>
          <WorkspaceSwitcher workspaceId={workspaceId} onSelect={(id) => void router.navigate({ to: '/w/$workspaceId', params: { workspaceId: id } })} />
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
