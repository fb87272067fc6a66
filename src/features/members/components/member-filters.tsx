import { useState, type FormEvent } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { X } from 'lucide-react'
import { memberStatusValues, roleValues } from '@/contract/common'
import { Button } from '@/components/ui/button'
import { Input, Label, Select } from '@/components/ui/input'
import { membersSearchSchema } from '../members-search'

const route = getRouteApi('/_authed/w/$workspaceId/members/')

/** Status, role and email, all kept in the URL so a filtered list can be shared. */
export function MemberFilters() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const [email, setEmail] = useState(search.email ?? '')
  const [emailError, setEmailError] = useState<string | null>(null)
  const [lastUrlEmail, setLastUrlEmail] = useState(search.email)
  // Back/forward changes the URL under the form: follow it.
  if (lastUrlEmail !== search.email) {
    setLastUrlEmail(search.email)
    setEmail(search.email ?? '')
  }

  const update = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })

  const submitEmail = (event: FormEvent) => {
    event.preventDefault()
    const value = email.trim()
    const parsed = membersSearchSchema.shape.email.removeCatch().safeParse(value || undefined)
    if (!parsed.success) {
      setEmailError('Enter a whole email address: WebWork matches it exactly.')
      return
    }
    setEmailError(null)
    update({ email: parsed.data })
  }

  const filtered = Boolean(search.status || search.role || search.email)

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1">
        <Label htmlFor="filter-status">Status</Label>
        <Select
          id="filter-status"
          className="w-40"
          value={search.status ?? ''}
          onChange={(e) => update({ status: membersSearchSchema.shape.status.parse(e.target.value || undefined) })}
        >
          <option value="">All statuses</option>
          {memberStatusValues.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="filter-role">Role</Label>
        <Select
          id="filter-role"
          className="w-48"
          value={search.role ?? ''}
          onChange={(e) => update({ role: membersSearchSchema.shape.role.parse(e.target.value || undefined) })}
        >
          <option value="">All roles</option>
          {roleValues.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </div>
      <form role="search" aria-label="Filter by email" onSubmit={submitEmail} className="grid gap-1">
        <Label htmlFor="filter-email">Email</Label>
        <div className="flex gap-2">
          <Input
            id="filter-email"
            type="email"
            className="w-64"
            placeholder="name@company.com"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? 'filter-email-error' : undefined}
          />
          <Button type="submit" variant="outline">
            Apply
          </Button>
        </div>
        {emailError && (
          <p id="filter-email-error" className="text-xs text-destructive">
            {emailError}
          </p>
        )}
      </form>
      {filtered && (
        <Button
          variant="ghost"
          onClick={() => {
            setEmail('')
            update({ status: undefined, role: undefined, email: undefined })
          }}
        >
          <X aria-hidden />
          Clear filters
        </Button>
      )}
    </div>
  )
}
