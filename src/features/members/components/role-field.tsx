import type { UseFormRegisterReturn } from 'react-hook-form'
import { Field } from '@/components/ui/field'
import { Options, Select } from '@/components/ui/input'
import { assignableRoles, roleRulesHint } from '../role-rules'

const roleOptions = assignableRoles.map((role) => ({ value: role, label: role }))

/** The role a member is given, with the API's rules said next to it. */
export function RoleField({ error, registration }: { error?: string; registration: UseFormRegisterReturn<'role'> }) {
  return (
    <Field label="Role" error={error} hint={roleRulesHint}>
      {(props) => (
        <Select {...props} {...registration}>
          <Options items={roleOptions} />
        </Select>
      )}
    </Field>
  )
}
