import { z } from 'zod'

/** `?layout=list&flagged=true`: the matrix by default; a bad value falls back. */
export const contractsSearchSchema = z.object({
  layout: z.enum(['matrix', 'list']).catch('matrix').default('matrix'),
  flagged: z.boolean().optional().catch(undefined),
})
export type ContractsSearch = z.infer<typeof contractsSearchSchema>
