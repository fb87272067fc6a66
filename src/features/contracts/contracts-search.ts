import { z } from 'zod'
import { daySchema } from '@/utils/search-params'

/** `?layout=list&flagged=true&week=2026-11-23`: the matrix of this week by default; a bad value falls back. */
export const contractsSearchSchema = z.object({
  layout: z.enum(['matrix', 'list']).catch('matrix').default('matrix'),
  flagged: z.boolean().optional().catch(undefined),
  /** Any day of the week to show (the page reads it as that week's Monday); none is this week. */
  week: daySchema.optional().catch(undefined),
})
export type ContractsSearch = z.infer<typeof contractsSearchSchema>
