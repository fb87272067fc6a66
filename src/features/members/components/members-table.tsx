import { useMemo, useRef } from 'react'
import { Link } from '@tanstack/react-router'
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import type { Member } from '@/contract/members'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/utils'
import { fullName, initials } from '@/api/members/member-name'
import { formatRate, statusTone } from '../member-format'
import type { MemberSortColumn } from '../members-search'

const ROW_HEIGHT = 44
const GRID = 'minmax(11rem,1.6fr) minmax(11rem,1.6fr) 9.5rem 6rem minmax(7rem,1fr) minmax(9rem,1fr) 6.5rem'

function columns(workspaceId: number): ColumnDef<Member>[] {
  return [
    {
      id: 'name' satisfies MemberSortColumn,
      header: 'Name',
      accessorFn: (m) => fullName(m).toLocaleLowerCase(),
      cell: ({ row: { original: m } }) => (
        <span className="flex min-w-0 items-center gap-2">
          <span aria-hidden className="flex size-7 shrink-0 items-center justify-center rounded-full bg-muted text-xs font-medium">
            {initials(m)}
          </span>
          <span className="min-w-0">
            <Link to="/w/$workspaceId/members/$memberId" params={{ workspaceId, memberId: m.id }} className="block truncate font-medium hover:underline">
              {fullName(m)}
            </Link>
            {m.title && <span className="block truncate text-xs text-muted-foreground">{m.title}</span>}
          </span>
        </span>
      ),
    },
    { id: 'email', header: 'Email', accessorFn: (m) => m.email.toLowerCase(), cell: ({ row }) => <span className="truncate">{row.original.email}</span> },
    { id: 'role', header: 'Role', accessorKey: 'current_role' },
    {
      id: 'status',
      header: 'Status',
      accessorKey: 'status',
      cell: ({ row: { original: m } }) => <Badge tone={statusTone(m.status)}>{m.status}</Badge>,
    },
    { id: 'team', header: 'Team', accessorFn: (m) => m.team_name ?? '', cell: ({ row }) => <span className="truncate">{row.original.team_name ?? '—'}</span> },
    { id: 'timezone', header: 'Time zone', accessorFn: (m) => m.timezone ?? '', cell: ({ row }) => row.original.timezone ?? '—' },
    {
      id: 'rate',
      header: 'Rate',
      // Hidden rates sort after every visible one, in both directions.
      accessorFn: (m) => m.rate,
      sortUndefined: 'last',
      cell: ({ row: { original: m } }) =>
        formatRate(m) ?? (
          <span className="text-muted-foreground" title="Not in WebWork's answer: hidden for your role, or not sent">
            —
          </span>
        ),
      meta: { align: 'right' },
    },
  ]
}

/**
 * Thousands of rows stay smooth: only the rows in view are in the DOM (TanStack Virtual), and the
 * table keeps its semantics (row and column counts) for assistive technology.
 */
export function MembersTable({
  workspaceId,
  members,
  sorting,
  onSortingChange,
}: {
  workspaceId: number
  members: Member[]
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
}) {
  const cols = useMemo(() => columns(workspaceId), [workspaceId])
  // The build has no React Compiler; TanStack Table is used as its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: members,
    columns: cols,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSortingRemoval: true,
  })
  const rows = table.getRowModel().rows
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // A first guess before layout (and in tests, where there is none).
    initialRect: { width: 1024, height: 640 },
  })

  return (
    <div
      ref={scroller}
      tabIndex={0}
      aria-label="Members table, scrollable"
      role="region"
      className="relative h-[calc(100dvh-15rem)] min-h-80 overflow-auto rounded-lg border bg-card"
    >
      <table className="grid min-w-[60rem]" aria-rowcount={rows.length + 1} aria-colcount={cols.length}>
        <thead className="sticky top-0 z-10 grid border-b bg-muted/80 backdrop-blur">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} className="grid" style={{ gridTemplateColumns: GRID }}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown
                const right = header.column.columnDef.meta?.align === 'right'
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={cn('flex items-center px-3 py-2 text-xs font-medium text-muted-foreground', right && 'justify-end')}
                  >
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      className="-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-foreground"
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <Icon aria-hidden className={cn('size-3.5', !sorted && 'opacity-40')} />
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className="absolute grid w-full items-center border-b last:border-b-0 hover:bg-muted/50"
                style={{ gridTemplateColumns: GRID, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn('flex min-w-0 items-center truncate px-3', cell.column.columnDef.meta?.align === 'right' && 'justify-end tabular-nums')}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    align?: 'right'
  }
}
