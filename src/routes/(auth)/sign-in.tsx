import { createFileRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { SignInPage } from '@/features/auth/components/sign-in-page'
import { workspaceQueries } from '@/api/workspaces/queries'
import { isApiError } from '@/lib/api/errors'
import { safeReturnPath } from '@/lib/auth/auth'

export const Route = createFileRoute('/(auth)/sign-in')({
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  beforeLoad: ({ context, search }) => {
    if (context.auth.session()) throw redirect({ href: safeReturnPath(search.redirect) })
  },
  component: SignInRoute,
})

function SignInRoute() {
  const { redirect: returnTo } = Route.useSearch()
  const { auth, queryClient } = Route.useRouteContext()
  const navigate = Route.useNavigate()
  const target = safeReturnPath(returnTo)

  /**
   * Try the token on GET /workspaces before keeping it: always a fresh request, on an empty
   * cache, so no earlier session's answer can vouch for it. Returns an error message or null.
   */
  const tryToken = async (token: string) => {
    queryClient.clear()
    auth.signInWithToken(token)
    try {
      await queryClient.fetchQuery({ ...workspaceQueries.list(), staleTime: 0, meta: { priority: 'user' } })
    } catch (error) {
      await auth.forget()
      queryClient.clear()
      if (isApiError(error, 'unauthorized')) return 'WebWork did not accept this token. Check that it is complete and has not expired.'
      return error instanceof Error ? error.message : 'The token could not be checked.'
    }
    await navigate({ href: target, replace: true })
    return null
  }

  return (
    <SignInPage
      onWebWork={() => auth.signInWithWebWork(target)}
      onWebWorkIntent={auth.preloadWebWorkSignIn}
      onToken={auth.acceptsPersonalToken ? tryToken : undefined}
    />
  )
}
