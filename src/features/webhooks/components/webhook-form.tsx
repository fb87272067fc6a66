import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createWebhookInputSchema, webhookEventValues, type CreateWebhookInput } from '@/contract/webhooks'
import { FormAlert } from '@/components/data/form-alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input, Label } from '@/components/ui/input'
import { applyServerErrors } from '@/utils/server-errors'

export type WebhookFormOutput = z.output<typeof createWebhookInputSchema>
type Values = { url: string; events: string[] }
// Register and edit send both fields, so the create schema (events required) checks both.
const resolver = zodResolver(createWebhookInputSchema) as unknown as Resolver<Values, unknown, WebhookFormOutput>

export function WebhookForm({
  mode,
  defaultValues,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: Partial<CreateWebhookInput>
  onSubmit: (values: WebhookFormOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, WebhookFormOutput>({
    resolver,
    defaultValues: {
      url: defaultValues.url ?? '',
      events: defaultValues.events ?? [],
    },
  })
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      applyServerErrors(error, setError, ['url', 'events'])
    }
  })
  const eventsError = errors.events?.message ?? errors.events?.root?.message
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
      <Field label="URL" error={errors.url?.message} hint="Deliveries are POSTed here as JSON, signed with the webhook’s token.">
        {(props) => <Input {...props} type="url" placeholder="https://example.com/webwork" autoComplete="off" {...register('url')} />}
      </Field>
      <fieldset className="grid gap-1.5" aria-describedby={eventsError ? 'webhook-events-error' : undefined}>
        <legend className="mb-1.5">
          <Label>Events</Label>
        </legend>
        <div className="grid gap-1 rounded-md border p-2 sm:grid-cols-2">
          {webhookEventValues.map((event) => (
            <label key={event} className="flex items-center gap-2 font-mono text-xs">
              <input type="checkbox" value={event} className="size-4 accent-primary" {...register('events')} />
              {event}
            </label>
          ))}
        </div>
        {eventsError && (
          <p id="webhook-events-error" className="text-xs text-destructive">
            {eventsError}
          </p>
        )}
      </fieldset>
      <FormAlert message={errors.root?.server?.message} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : mode === 'create' ? 'Register webhook' : 'Save changes'}
        </Button>
      </div>
    </form>
  )
}
