import { createFileRoute, Outlet, redirect } from '@tanstack/react-router'

// Every page below needs a session; without one, sign in and come back here.
export const Route = createFileRoute('/_authed')({
  beforeLoad: ({ context, location }) => {
    if (!context.auth.session()) throw redirect({ to: '/sign-in', search: { redirect: location.href } })
  },
  component: Outlet,
})
