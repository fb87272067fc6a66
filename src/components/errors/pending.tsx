import { Spinner } from '@/components/ui/spinner'

export function Pending() {
  return (
    <div className="flex min-h-40 items-center justify-center p-8">
      <Spinner />
    </div>
  )
}
