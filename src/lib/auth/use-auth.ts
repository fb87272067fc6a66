import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Auth } from './auth'

export const AuthContext = createContext<Auth | null>(null)

export function useAuth(): Auth {
  const auth = useContext(AuthContext)
  if (!auth) throw new Error('useAuth() needs <AuthContext.Provider>.')
  return auth
}

/** The current session, re-rendering on sign-in, renewal and sign-out. */
export function useSession() {
  const auth = useAuth()
  return useSyncExternalStore(auth.subscribe, auth.session)
}
