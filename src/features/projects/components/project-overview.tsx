import { useState } from 'react'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { BackLink } from '@/components/layout/back-link'
import { PROJECT_ACTIVE } from '@/contract/projects'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { formatMoney } from '@/utils/amounts'
import { formatDay, formatMinutes } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { projectQueries } from '@/api/projects/queries'
import { projectLifeRange, projectUsage, timeUsedLabel } from '../project-usage'
import { ArchiveProjectDialog, ProjectFormDialog, type ProjectEditing } from './project-dialogs'
import { ProjectStatusBadge } from './project-status-badge'
import { UsageMeter } from './usage-meter'

const route = getRouteApi('/_authed/w/$workspaceId/projects/$projectId')

/** A project's header, plan and time used; the route adds contracts, tasks and viewers below. */
export function ProjectOverview() {
  const { workspaceId, projectId } = route.useParams()
  const { data: project } = useSuspenseQuery(projectQueries.detail(workspaceId, projectId))
  const today = localDay()
  const life = projectLifeRange(project, today)
  const { range } = life
  // A secondary widget: it loads after the page and never holds it up.
  const tracked = useQuery(projectQueries.tracked(workspaceId, projectId, range))
  const usage = tracked.data ? projectUsage(project, tracked.data) : null
  const [editing, setEditing] = useState<ProjectEditing | null>(null)
  const [archiving, setArchiving] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const active = project.status === PROJECT_ACTIVE

  return (
    <div className="flex flex-col gap-4">
      <BackLink to="/w/$workspaceId/projects" params={{ workspaceId }}>
        Projects
      </BackLink>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <h1 className="text-xl font-semibold tracking-tight">{project.name}</h1>
          <ProjectStatusBadge status={project.status} />
        </div>
        {active && (
          <div className="flex gap-2">
            <Button size="sm" variant="outline" onClick={() => setEditing({ kind: 'edit', project })}>
              Edit project
            </Button>
            <Button size="sm" variant="outline" onClick={() => setArchiving(true)}>
              Archive
            </Button>
          </div>
        )}
      </div>
      {notice && (
        <p role="status" className="text-muted-foreground">
          {notice}
        </p>
      )}
      <Card>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground">Dates</dt>
            <dd>
              {project.start_date ? formatDay(project.start_date, true) : 'No start'} → {project.deadline ? formatDay(project.deadline, true) : 'no deadline'}
            </dd>
          </div>
          <div className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground">{timeUsedLabel(life, today)}</dt>
            <dd>
              {usage ? (
                <UsageMeter
                  label="Time used against the estimation"
                  used={formatMinutes(usage.minutes)}
                  of={project.estimation ? `${project.estimation} h` : null}
                  share={usage.estimationShare}
                />
              ) : tracked.isError ? (
                <span className="text-muted-foreground">Not available: {tracked.error.message}</span>
              ) : (
                <span className="text-muted-foreground">Loading…</span>
              )}
            </dd>
          </div>
          <div className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground">Spent against the budget</dt>
            <dd>
              {usage?.amount != null ? (
                <UsageMeter
                  label="Money spent against the budget"
                  used={`${formatMoney(usage.amount, usage.currency)}${project.budget_estimation ? '' : ' (no budget set)'}`}
                  of={project.budget_estimation ? formatMoney(project.budget_estimation, usage.currency) : null}
                  share={usage.budgetShare}
                />
              ) : usage ? (
                <span className="text-muted-foreground">
                  {project.budget_estimation ? `Budget ${project.budget_estimation}; amounts hidden for your role` : 'No budget'}
                </span>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </dd>
          </div>
          <div className="grid gap-0.5">
            <dt className="text-xs text-muted-foreground">Notes</dt>
            <dd className="line-clamp-3">{project.notes || <span className="text-muted-foreground">—</span>}</dd>
          </div>
        </dl>
      </Card>
      <ProjectFormDialog
        workspaceId={workspaceId}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null)
          setNotice(`Saved “${saved.name}”.`)
        }}
      />
      <ArchiveProjectDialog
        workspaceId={workspaceId}
        project={archiving ? project : null}
        onClose={() => setArchiving(false)}
        onArchived={() => {
          setArchiving(false)
          setNotice(`Archived “${project.name}”.`)
        }}
      />
    </div>
  )
}
