import { useEffect, useState } from 'react'

// Light and dark follow the system unless the user picks one (kept in localStorage: a display
// preference, not a secret). index.html applies it before the first paint too.

export type ThemePreference = 'system' | 'light' | 'dark'
const KEY = 'webwork.theme'
const media = () => window.matchMedia('(prefers-color-scheme: dark)')

export function readThemePreference(): ThemePreference {
  const value = localStorage.getItem(KEY)
  return value === 'light' || value === 'dark' ? value : 'system'
}

function apply(preference: ThemePreference) {
  const dark = preference === 'dark' || (preference === 'system' && media().matches)
  document.documentElement.classList.toggle('dark', dark)
}

export function useThemePreference() {
  const [preference, setPreference] = useState(readThemePreference)
  useEffect(() => {
    apply(preference)
    if (preference === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, preference)
    if (preference !== 'system') return
    const query = media()
    const onChange = () => apply('system')
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [preference])
  return [preference, setPreference] as const
}
