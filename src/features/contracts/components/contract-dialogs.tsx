import type { Contract } from '@/contract/contracts'
import { ConfirmDialog } from '@/components/data/confirm-dialog'
import { Dialog } from '@/components/ui/dialog'
import { useCreateContract, useDeleteContract, useUpdateContract } from '@/api/contracts/mutations'
import { contractFormValues, contractMemberName, contractProjectName, type Option } from '../contract-form-values'
import { ContractForm } from './contract-form'

export type ContractEditing = { kind: 'create'; user_id?: number; project_id?: number } | { kind: 'edit'; contract: Contract }

export function ContractFormDialog({
  workspaceId,
  editing,
  members,
  projects,
  currency,
  onClose,
  onSaved,
}: {
  workspaceId: number
  editing: ContractEditing | null
  members: readonly Option[]
  projects: readonly Option[]
  currency: string | null
  onClose: () => void
  /** `who`: the member and project, as the page names them. */
  onSaved: (who: string) => void
}) {
  const create = useCreateContract(workspaceId)
  const update = useUpdateContract(workspaceId)
  const title = editing?.kind === 'edit' ? `Contract: ${contractMemberName(editing.contract)} on ${contractProjectName(editing.contract)}` : 'New contract'
  return (
    <Dialog open={editing !== null} onClose={onClose} title={title}>
      {editing && (
        <ContractForm
          key={editing.kind === 'edit' ? editing.contract.id : `new-${editing.user_id}-${editing.project_id}`}
          mode={editing.kind}
          defaultValues={
            editing.kind === 'edit'
              ? contractFormValues(editing.contract)
              : {
                  user_id: editing.user_id,
                  project_id: editing.project_id,
                  weekly_hours_limit: 40,
                }
          }
          members={members}
          projects={projects}
          currency={currency}
          onCancel={onClose}
          onSubmit={async (values) => {
            // Done when WebWork says `success: true`; the lists are re-read, not taken from the echo.
            if (editing.kind === 'edit') {
              await update.mutateAsync({ contractId: editing.contract.id, input: values })
              onSaved(`${contractMemberName(editing.contract)} on ${contractProjectName(editing.contract)}`)
            } else {
              await create.mutateAsync({ ...values, project_id: values.project_id!, user_id: values.user_id! })
              const name = (options: readonly Option[], id: number | undefined) => options.find((o) => o.id === id)?.name
              onSaved(`${name(members, values.user_id) ?? 'the member'} on ${name(projects, values.project_id) ?? 'the project'}`)
            }
          }}
        />
      )}
    </Dialog>
  )
}

export function DeleteContractDialog({
  workspaceId,
  contract,
  onClose,
  onDeleted,
}: {
  workspaceId: number
  contract: Contract | null
  onClose: () => void
  onDeleted: (contract: Contract) => void
}) {
  const remove = useDeleteContract(workspaceId)
  const close = () => {
    remove.reset()
    onClose()
  }
  return (
    <ConfirmDialog
      open={contract !== null}
      title="Delete this contract?"
      description={
        contract && (
          <>
            {contractMemberName(contract)} will no longer work on {contractProjectName(contract)} and is unassigned from its tasks. A contract with tracked time
            cannot be deleted: pause it instead.
          </>
        )
      }
      confirmLabel="Delete contract"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() =>
        contract &&
        remove.mutate(contract.id, {
          onSuccess: () => {
            remove.reset()
            onDeleted(contract)
          },
        })
      }
    />
  )
}
