/** The message of a failed submit that belongs to no field. */
export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-destructive">
      {message}
    </p>
  )
}
