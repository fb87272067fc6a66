import { createFileRoute } from '@tanstack/react-router'
import { expenseQueries } from '@/api/expenses/queries'
import { ExpensesPage } from '@/features/expenses/components/expenses-page'
import { expenseFiltersFromSearch, expensesSearchSchema } from '@/features/expenses/expenses-search'
import { loadQuery } from '@/lib/query-client'
import { contractListQuery, useContractLookups } from '../-components/queue-lookups'

export const Route = createFileRoute('/_authed/w/$workspaceId/expenses/')({
  validateSearch: expensesSearchSchema,
  loaderDeps: ({ search }) => expenseFiltersFromSearch(search),
  loader: ({ context: { queryClient }, params: { workspaceId }, deps, preload }) =>
    Promise.all([
      loadQuery(queryClient, expenseQueries.page(workspaceId, deps), { preload }),
      loadQuery(queryClient, expenseQueries.categories(workspaceId), { preload }),
      // There is no projects list in the app yet: the contracts give project ids and names.
      loadQuery(queryClient, contractListQuery(workspaceId), { preload }),
    ]),
  component: ExpensesRoute,
})

function ExpensesRoute() {
  const { workspaceId } = Route.useParams()
  const { projects, currency } = useContractLookups(workspaceId)
  return <ExpensesPage projects={projects} currency={currency} />
}
