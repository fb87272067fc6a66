import { useState } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import type { Contract } from '@/contract/contracts'
import { EmptyState } from '@/components/data/empty-state'
import { Button } from '@/components/ui/button'
import { commonCurrency } from '@/utils/amounts'
import { contractQueries } from '@/api/contracts/queries'
import { contractMemberName, type Option } from '../contract-form-values'
import { useWeekForecasts } from '../use-week-forecasts'
import { ContractFormDialog, DeleteContractDialog, type ContractEditing } from './contract-dialogs'
import { ContractsTable } from './contracts-table'

/** A project page's contracts: the workspace list (cached, shared) filtered to the project. */
export function ProjectContracts({
  workspaceId,
  project,
  members,
  editable,
}: {
  workspaceId: number
  project: Option
  members: readonly Option[]
  editable: boolean
}) {
  const { data: all } = useSuspenseQuery(contractQueries.list(workspaceId))
  const contracts = all.filter((c) => c.project_id === project.id).sort((a, b) => contractMemberName(a).localeCompare(contractMemberName(b), 'en'))
  const { forecast } = useWeekForecasts(workspaceId)
  const [editing, setEditing] = useState<ContractEditing | null>(null)
  const [deleting, setDeleting] = useState<Contract | null>(null)
  return (
    <section aria-labelledby="project-contracts" className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h2 id="project-contracts" className="text-base font-semibold">
          Contracts <span className="font-normal text-muted-foreground">{contracts.length}</span>
        </h2>
        {editable && (
          <Button size="sm" variant="outline" onClick={() => setEditing({ kind: 'create', project_id: project.id })}>
            <Plus aria-hidden />
            Add contract
          </Button>
        )}
      </div>
      {contracts.length === 0 ? (
        <EmptyState>Nobody works on this project yet.</EmptyState>
      ) : (
        <ContractsTable
          label="Contracts of this project"
          contracts={contracts}
          forecast={forecast}
          hide="project"
          onEdit={(contract) => setEditing({ kind: 'edit', contract })}
          onDelete={setDeleting}
        />
      )}
      <ContractFormDialog
        workspaceId={workspaceId}
        editing={editing}
        members={members}
        projects={[project]}
        currency={commonCurrency(all.map((c) => c.currency))}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
      <DeleteContractDialog workspaceId={workspaceId} contract={deleting} onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />
    </section>
  )
}
