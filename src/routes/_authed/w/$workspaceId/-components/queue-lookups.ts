import { useMemo } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { Option } from '@/components/ui/input'
import { contractQueries } from '@/api/contracts/queries'
import { memberQueries } from '@/api/members/queries'
import { fullName } from '@/api/members/member-name'
import { commonCurrency } from '@/utils/amounts'

// What the queue pages borrow from other features (features never import each other): member
// names and, from the contracts list, project names and the workspace's currency. Both lists are
// cached for minutes and shared by every page, so the loaders' `ensureQueryData` costs nothing
// after the first visit.

export const memberListQuery = (workspaceId: number) => memberQueries.list(workspaceId, {})
export const contractListQuery = (workspaceId: number) => contractQueries.list(workspaceId)

export function useMemberLookups(workspaceId: number) {
  const { data: members } = useSuspenseQuery(memberListQuery(workspaceId))
  return useMemo(() => {
    const names = new Map(members.map((m) => [m.id, fullName(m)]))
    const options: Option[] = members.map((m) => ({ value: String(m.id), label: fullName(m) })).sort((a, b) => a.label.localeCompare(b.label, 'en'))
    return { names, options }
  }, [members])
}

export function useContractLookups(workspaceId: number) {
  const { data: contracts } = useSuspenseQuery(contractListQuery(workspaceId))
  return useMemo(() => {
    const projectNames = new Map(contracts.map((c) => [c.project_id, c.project_name ?? `Project #${c.project_id}`]))
    const projectByContract = new Map(contracts.map((c) => [c.id, projectNames.get(c.project_id)!]))
    const projects = [...projectNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en'))
    return { currency: commonCurrency(contracts.map((c) => c.currency)), projectNames, projectByContract, projects }
  }, [contracts])
}
