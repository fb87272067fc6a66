import type { z } from 'zod'
import type { CorpusCase } from '@/contract/corpus/corpus-files'
import { errorEnvelopeSchema } from '@/contract/envelope'

/**
 * Parses every case of a corpus group with the response schema of its endpoint (the error
 * envelope for the docs' error examples). Returns the
 * parsed outputs by case, and lists every rejection and every endpoint without a schema, so one
 * failing assertion names them all.
 */
export function parseCorpus(cases: readonly CorpusCase[], schemas: Record<string, z.ZodType>) {
  const problems: string[] = []
  const parsed: { case: CorpusCase; output: unknown }[] = []
  for (const entry of cases) {
    const isError = (entry.response as { success?: unknown }).success === false
    const schema = isError ? errorEnvelopeSchema : schemas[entry.endpoint]
    if (!schema) {
      problems.push(`${entry.endpoint}: no schema mapped`)
      continue
    }
    const result = schema.safeParse(entry.response)
    if (result.success) parsed.push({ case: entry, output: result.data })
    else problems.push(`${entry.endpoint} (${entry.source}): ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`)
  }
  return { parsed, problems }
}

/** The outputs of one endpoint's cases, parsed again by `schema` for their type. */
export function outputsOf<S extends z.ZodType>(result: ReturnType<typeof parseCorpus>, endpoint: string, schema: S): z.output<S>[] {
  return result.parsed
    .filter((p) => p.case.endpoint === endpoint && (p.case.response as { success?: unknown }).success !== false)
    .map((p) => schema.parse(p.case.response))
}
