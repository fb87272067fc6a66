import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { createWebhookInputSchema, webhookEventValues, type CreateWebhookInput } from '@/contract/webhooks'
import { FormActions } from '@/components/data/form-actions'
import { Field } from '@/components/ui/field'
import { Input, Label } from '@/components/ui/input'
import { useServerForm } from '@/hooks/use-server-form'

export type WebhookFormOutput = z.output<typeof createWebhookInputSchema>
type Values = { url: string; events: string[] }
// Register and edit send both fields, so the create schema (events required) checks both.
const resolver = zodResolver(createWebhookInputSchema) as unknown as Resolver<Values, unknown, WebhookFormOutput>

export function WebhookForm({
  mode,
  defaultValues,
  unlistedEvents = [],
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit'
  defaultValues: Partial<CreateWebhookInput>
  /** Subscribed events this form cannot offer (not in the documented list): named, kept as they are. */
  unlistedEvents?: readonly string[]
  onSubmit: (values: WebhookFormOutput) => Promise<unknown>
  onCancel: () => void
}) {
  const {
    register,
    submit,
    formState: { errors, isSubmitting },
  } = useServerForm({
    resolver,
    defaultValues: {
      url: defaultValues.url ?? '',
      events: defaultValues.events ?? [],
    },
    fields: ['url', 'events'],
    onSubmit,
  })
  const eventsError = errors.events?.message ?? errors.events?.root?.message
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
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
        {unlistedEvents.length > 0 && (
          <p className="text-xs text-muted-foreground">
            Also subscribed: <span className="font-mono">{unlistedEvents.join(', ')}</span>. Kept while you leave the events above as they are.
          </p>
        )}
        {eventsError && (
          <p id="webhook-events-error" className="text-xs text-destructive">
            {eventsError}
          </p>
        )}
      </fieldset>
      <FormActions
        error={errors.root?.server?.message}
        submitting={isSubmitting}
        submitLabel={mode === 'create' ? 'Register webhook' : 'Save changes'}
        onCancel={onCancel}
      />
    </form>
  )
}
