import { useState } from 'react'
import { Check, Copy } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'

/**
 * A secret or link shown read-only with a copy button. The text stays selectable for when the
 * clipboard is refused (insecure origins, some browsers in tests).
 */
export function CopyField({ label, value }: { label: string; value: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <div className="grid gap-1.5">
      <div className="flex gap-2">
        <Input readOnly aria-label={label} value={value} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        <Button variant="outline" onClick={() => void copy()}>
          {state === 'copied' ? <Check aria-hidden /> : <Copy aria-hidden />}
          Copy
        </Button>
      </div>
      <p role="status" className="text-xs text-muted-foreground">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'The clipboard is not available: select the text and copy it.' : ''}
      </p>
    </div>
  )
}
