import { useState, type ReactNode } from 'react'
import { Check, Copy } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copy to the clipboard, which may be refused (insecure origins, some browsers in tests). */
function useCopy(value: string) {
  const [state, setState] = useState<CopyState>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return [state, copy] as const
}

/**
 * A secret or link shown read-only with a copy button. The text stays selectable for when the
 * clipboard is refused.
 */
export function CopyField({ label, value }: { label: string; value: string }) {
  const [state, copy] = useCopy(value)
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

/**
 * A button that copies text not shown as such (a list to paste elsewhere). When the clipboard is
 * refused, the text appears, to select and copy by hand.
 */
export function CopyButton({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  const [state, copy] = useCopy(value)
  return (
    <div className="grid gap-1.5">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="outline" size="sm" onClick={() => void copy()}>
          {state === 'copied' ? <Check aria-hidden /> : <Copy aria-hidden />}
          {children}
        </Button>
        <p role="status" className="text-xs text-muted-foreground">
          {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'The clipboard is not available: copy the text below.' : ''}
        </p>
      </div>
      {state === 'failed' && (
        <textarea
          readOnly
          aria-label={label}
          value={value}
          rows={Math.min(8, value.split('\n').length)}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border bg-background p-2 font-mono text-xs"
        />
      )}
    </div>
  )
}
