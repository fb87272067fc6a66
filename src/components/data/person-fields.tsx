import type { UseFormRegisterReturn } from 'react-hook-form'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

type PersonField = 'email' | 'firstname' | 'lastname'

/** Email, first and last name of someone invited (a member or a project viewer). */
export function PersonFields({
  register,
  errors,
}: {
  register: (name: PersonField) => UseFormRegisterReturn
  errors: Partial<Record<PersonField, { message?: string }>>
}) {
  return (
    <>
      <Field label="Email" error={errors.email?.message}>
        {(props) => <Input {...props} type="email" autoComplete="off" {...register('email')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="First name" error={errors.firstname?.message}>
          {(props) => <Input {...props} autoComplete="off" {...register('firstname')} />}
        </Field>
        <Field label="Last name" error={errors.lastname?.message}>
          {(props) => <Input {...props} autoComplete="off" {...register('lastname')} />}
        </Field>
      </div>
    </>
  )
}
