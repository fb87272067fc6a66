import type { CreateProjectInput, Project } from '@/contract/projects'

export type ProjectFormValues = CreateProjectInput
export const projectFormFields = ['name', 'start_date', 'deadline', 'estimation', 'budget', 'notes'] as const

export const emptyProjectValues = (): ProjectFormValues => ({
  name: '',
  start_date: null,
  deadline: null,
  estimation: null,
  budget: null,
  notes: null,
})

/** A project as the form's starting values; the response's `budget_estimation` is the request's `budget`. */
export const projectFormValues = (p: Project): ProjectFormValues => ({
  name: p.name,
  start_date: p.start_date ?? null,
  deadline: p.deadline ?? null,
  estimation: p.estimation ?? null,
  budget: p.budget_estimation ?? null,
  notes: p.notes ?? null,
})
