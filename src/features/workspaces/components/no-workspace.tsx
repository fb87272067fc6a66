export function NoWorkspace() {
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-lg font-semibold">No workspace yet</h1>
      <p className="mt-2 text-muted-foreground">
        This account belongs to no active WebWork workspace. Ask a workspace owner to invite you, then sign in again.
      </p>
    </main>
  )
}
