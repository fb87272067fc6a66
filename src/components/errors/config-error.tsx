import type { ConfigProblem } from '@/lib/config'

/** Shown instead of the app when config.json is missing or wrong: it names every bad field. */
export function ConfigError({ url, problems }: { url: string; problems: ConfigProblem[] }) {
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-lg font-semibold">The dashboard is not configured correctly</h1>
      <p className="mt-2 text-muted-foreground">
        Fix these fields in <code className="font-mono">{url}</code> (served next to index.html), then reload. The README lists the values for the WebWork API
        and for the sandbox.
      </p>
      <ul className="mt-4 divide-y rounded-lg border">
        {problems.map((problem) => (
          <li key={problem.field + problem.message} className="flex gap-3 px-4 py-2">
            <code className="font-mono font-medium">{problem.field}</code>
            <span className="text-muted-foreground">{problem.message}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
