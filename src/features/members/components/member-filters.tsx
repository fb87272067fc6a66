import { useState, type FormEvent } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { memberStatusValues, roleValues } from '@/contract/common'
import { ClearFilters, FilterSelect, StatusFilter } from '@/components/data/filter-controls'
import { Button } from '@/components/ui/button'
import { Input, Label } from '@/components/ui/input'
import { membersSearchSchema } from '../members-search'

const route = getRouteApi('/_authed/w/$workspaceId/members/')
const roleOptions = roleValues.map((role) => ({ value: role, label: role }))

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
      <StatusFilter
        value={search.status}
        statuses={memberStatusValues}
        onChange={(status) => update({ status: membersSearchSchema.shape.status.parse(status) })}
      />
      <FilterSelect
        id="filter-role"
        label="Role"
        className="w-48"
        value={search.role}
        options={roleOptions}
        allLabel="All roles"
        onChange={(role) => update({ role: membersSearchSchema.shape.role.parse(role) })}
      />
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
        <ClearFilters
          onClear={() => {
            setEmail('')
            update({ status: undefined, role: undefined, email: undefined })
          }}
        />
      )}
    </div>
  )
}
