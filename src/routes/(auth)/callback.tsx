import { useCallback } from 'react'
import { createFileRoute } from '@tanstack/react-router'
import { CallbackPage } from '@/features/auth/components/callback-page'

// The OAuth redirect URI (`<origin>/callback`, registered with the WebWork OAuth2 app).
export const Route = createFileRoute('/(auth)/callback')({
  component: CallbackRoute,
})

function CallbackRoute() {
  const { auth } = Route.useRouteContext()
  const navigate = Route.useNavigate()
  const complete = useCallback(() => auth.completeSignIn(window.location.href), [auth])
  const onDone = useCallback((returnTo: string) => void navigate({ href: returnTo, replace: true }), [navigate])
  return <CallbackPage complete={complete} onDone={onDone} />
}
