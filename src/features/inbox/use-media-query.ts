import { useSyncExternalStore } from 'react'

/** Below Tailwind's `lg`, where the list and the item stop sitting side by side. */
export const NARROW = '(max-width: 63.98rem)'
/** A touch screen: no hover, no keyboard to hint at, fingers for pointers. */
export const COARSE_POINTER = '(pointer: coarse)'

/** Whether a media query matches, kept up to date (false where the browser cannot tell). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () => window.matchMedia(query).matches,
    () => false,
  )
}
