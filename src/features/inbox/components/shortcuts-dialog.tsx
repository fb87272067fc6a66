import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { inboxKeymap } from '../inbox-keys'

/** The `?` overlay: every key the inbox answers to, from the keymap itself. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="grid grid-cols-[max-content_1fr] items-center gap-x-4 gap-y-2">
        {inboxKeymap.map((binding) => (
          <div key={binding.key} className="contents">
            <dt>
              <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">{binding.hint ?? binding.key}</kbd>
            </dt>
            <dd>{binding.label}</dd>
          </div>
        ))}
      </dl>
      <div className="flex justify-end">
        <Button variant="outline" onClick={onClose}>
          Close
        </Button>
      </div>
    </Dialog>
  )
}
