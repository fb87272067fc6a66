import { Info } from 'lucide-react'
import { capabilityLabels, NOT_OFFERED, useCapability, type Capability } from '@/lib/api/capabilities'

/**
 * The one plain line shown where an action would be that the vendor's API turned out not to
 * offer (a 404/405 on an endpoint its docs do not promise). Renders nothing while it is offered.
 */
export function NotOffered({ capability, subject, className }: { capability: Capability; subject?: string; className?: string }) {
  const offered = useCapability(capability)
  if (offered) return null
  return (
    <p role="note" className={`flex items-center gap-2 text-muted-foreground ${className ?? ''}`}>
      <Info aria-hidden className="size-4 shrink-0" />
      <span>
        {/* Away from the missing control, the line names what it is about. */}
        {subject && `${subject}: `}
        {NOT_OFFERED} <span className="sr-only">({capabilityLabels[capability]})</span>
      </span>
    </p>
  )
}
