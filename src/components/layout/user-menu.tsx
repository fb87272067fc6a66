import { LogOut, Monitor, Moon, Sun, UserRound } from 'lucide-react'
import type { Session } from '@/lib/auth/auth'
import { useThemePreference, type ThemePreference } from '@/lib/theme'
import { cn } from '@/lib/utils'
import { Menu, MenuItem } from './menu'

const themes: { value: ThemePreference; label: string; icon: typeof Sun }[] = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
]

export function UserMenu({ session, role, onSignOut }: { session: Session; role?: string; onSignOut: () => void }) {
  const [theme, setTheme] = useThemePreference()
  return (
    <Menu
      label="Account menu"
      trigger={
        <span className="flex size-7 items-center justify-center rounded-full bg-muted">
          <UserRound aria-hidden className="size-4" />
        </span>
      }
    >
      <>
        <div className="px-2 py-1.5">
          <p className="font-medium">{role ?? 'Signed in'}</p>
          <p className="text-xs text-muted-foreground">
            {session.kind === 'pat'
              ? 'With a personal access token'
              : session.kind === 'server'
                ? (session.user.email ?? session.user.name)
                : 'With your WebWork account'}
          </p>
        </div>
        <div role="group" aria-label="Theme" className="my-1 flex gap-1 border-y px-1 py-1">
          {themes.map(({ value, label, icon: Icon }) => (
            <button
              key={value}
              type="button"
              aria-pressed={theme === value}
              onClick={() => setTheme(value)}
              className={cn(
                'flex flex-1 items-center justify-center gap-1 rounded-sm px-2 py-1 text-xs hover:bg-accent',
                theme === value && 'bg-accent font-medium',
              )}
            >
              <Icon aria-hidden className="size-3.5" />
              {label}
            </button>
          ))}
        </div>
        <MenuItem onClick={onSignOut}>
          <LogOut aria-hidden />
          Sign out
        </MenuItem>
      </>
    </Menu>
  )
}
