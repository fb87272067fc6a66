import { API_VERSION } from '@/contract/envelope'
import type { Member } from '@/contract/members'
import type { Workspace } from '@/contract/workspaces'

// Contract-typed test data: a change to the contract breaks these at compile time.

const meta = () => ({ api_version: API_VERSION, timestamp: '2026-01-15T10:30:00Z' })

export function envelope<T>(data: T, message?: string) {
  return { success: true as const, data, ...(message && { message }), meta: meta() }
}

export function listEnvelope<T>(all: T[], page = 1, perPage = 100) {
  const lastPage = Math.max(1, Math.ceil(all.length / perPage))
  const data = all.slice((page - 1) * perPage, page * perPage)
  return {
    success: true as const,
    data,
    meta: {
      ...meta(),
      pagination: {
        total: all.length,
        per_page: perPage,
        current_page: page,
        last_page: lastPage,
        from: data.length ? (page - 1) * perPage + 1 : null,
        to: data.length ? (page - 1) * perPage + data.length : null,
      },
    },
  }
}

export function errorEnvelope(message: string, extra: { error?: string; errors?: Record<string, string[]> } = {}) {
  return { success: false as const, message, ...extra, meta: meta() }
}

export function member(overrides: Partial<Member> = {}): Member {
  const id = overrides.id ?? 1
  return {
    id,
    email: `person${id}@acme.test`,
    firstname: 'Ada',
    lastname: `Person${id}`,
    current_role: 'Regular User',
    timezone: 'Europe/Rome',
    status: 'active',
    rate_status: 1,
    screenshots: 'enabled',
    is_blocked: false,
    weekly_hours_limit: 40,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    ...overrides,
  }
}

export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: 1000,
    owner_id: 1,
    user_id: 1,
    workspace_name: 'Acme Studio',
    role: 'Owner',
    status: 'active',
    created_at: '2023-11-21T00:00:00Z',
    activated_at: '2023-11-21 09:00:00',
    ...overrides,
  }
}
