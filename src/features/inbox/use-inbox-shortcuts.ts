import { useEffect, useRef } from 'react'
import { commandForKey, type InboxCommand } from './inbox-keys'

/**
 * The inbox's keys, bound once for the page's life. The handler is read from a ref, so it always
 * sees the current list and cursor without re-subscribing on every render.
 */
export function useInboxShortcuts(onCommand: (command: InboxCommand) => void, paused: boolean) {
  const latest = useRef({ onCommand, paused })
  useEffect(() => {
    latest.current = { onCommand, paused }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event)
      if (!command || latest.current.paused) return
      event.preventDefault()
      latest.current.onCommand(command)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
