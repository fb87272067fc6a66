// The words the seed is made of: teams and their job titles, project names, task titles, and the
// free-text notes people leave on time, timesheets, leave and expenses.

export interface TeamKind {
  name: string
  titles: readonly string[]
  /** Hourly rate range for the titles of this team. */
  rate: readonly [number, number]
}

export const acmeTeams: readonly TeamKind[] = [
  { name: 'Engineering', titles: ['Backend Engineer', 'Frontend Engineer', 'Full-stack Engineer', 'QA Engineer', 'DevOps Engineer'], rate: [45, 120] },
  { name: 'Design', titles: ['Product Designer', 'UX Researcher', 'Visual Designer', 'Designer'], rate: [35, 95] },
  { name: 'Marketing', titles: ['Marketing Specialist', 'Content Writer', 'SEO Specialist', 'Growth Marketer'], rate: [25, 70] },
  { name: 'Customer Success', titles: ['Support Specialist', 'Account Manager', 'Onboarding Specialist'], rate: [15, 55] },
]

/** The large profile splits the same crafts into more, smaller teams. */
export const largeExtraTeams: readonly TeamKind[] = [
  { name: 'Mobile', titles: ['iOS Engineer', 'Android Engineer', 'QA Engineer'], rate: [50, 120] },
  { name: 'Data', titles: ['Data Engineer', 'Data Analyst', 'Machine Learning Engineer'], rate: [50, 120] },
  { name: 'Platform', titles: ['Site Reliability Engineer', 'DevOps Engineer', 'Backend Engineer'], rate: [55, 120] },
  { name: 'Sales', titles: ['Account Executive', 'Sales Development Rep', 'Solutions Consultant'], rate: [25, 80] },
  { name: 'Operations', titles: ['Operations Coordinator', 'Office Manager', 'Project Coordinator'], rate: [18, 50] },
  { name: 'Finance', titles: ['Accountant', 'Financial Analyst', 'Payroll Specialist'], rate: [30, 85] },
  { name: 'People', titles: ['HR Generalist', 'Recruiter', 'People Partner'], rate: [25, 70] },
  { name: 'Content', titles: ['Copywriter', 'Video Editor', 'Content Strategist'], rate: [20, 65] },
]

export const northwindTeams: readonly TeamKind[] = [
  { name: 'Research', titles: ['Research Scientist', 'Lab Technician', 'Data Analyst'], rate: [40, 95] },
  { name: 'Software', titles: ['Software Engineer', 'Embedded Engineer'], rate: [45, 110] },
]

export const executiveTitles = ['Chief Operating Officer', 'Head of Delivery', 'VP of Engineering', 'Director of Operations', 'Head of Product']

export interface ProjectIdea {
  name: string
  billable: boolean
  tags: readonly string[]
  archived?: boolean
}

export const acmeProjects: readonly ProjectIdea[] = [
  { name: 'Website Redesign', billable: true, tags: ['client', 'design', 'frontend'] },
  { name: 'Mobile App v2', billable: true, tags: ['client', 'mobile'] },
  { name: 'Internal Tools', billable: false, tags: ['internal', 'backend'] },
  { name: 'Marketing Q3', billable: false, tags: ['marketing', 'internal'] },
  { name: 'Customer Portal', billable: true, tags: ['client', 'frontend', 'backend'] },
  { name: 'Data Warehouse Migration', billable: true, tags: ['client', 'data'] },
  { name: 'Brand Refresh', billable: true, tags: ['client', 'design'] },
  { name: 'Onboarding Flow Revamp', billable: false, tags: ['product', 'design'] },
  { name: 'Support Knowledge Base', billable: false, tags: ['support', 'content'] },
  { name: 'Payments Integration', billable: true, tags: ['client', 'backend', 'priority'] },
  { name: 'Legacy CRM Sunset', billable: true, tags: ['client', 'maintenance'], archived: true },
  { name: 'Holiday Campaign', billable: false, tags: ['marketing'], archived: true },
]

export const northwindProjects: readonly ProjectIdea[] = [
  { name: 'Sensor Dashboard', billable: true, tags: ['client', 'iot'] },
  { name: 'Lab Inventory System', billable: false, tags: ['internal'] },
  { name: 'Research Grant Proposal', billable: false, tags: ['research'] },
  { name: 'Field Trial Analytics', billable: true, tags: ['client', 'data'] },
]

/** The large profile adds client work: "<client> <deliverable>". */
export const clients = [
  'Contoso',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Retail',
  'Hooli',
  'Soylent Foods',
  'Vandelay Imports',
  'Cyberdyne',
  'Tyrell Realty',
  'Wonka Confections',
  'Pied Piper',
  'Massive Dynamic',
  'Oscorp',
  'Gringotts Bank',
]
export const deliverables = [
  'Website',
  'Mobile App',
  'Analytics Dashboard',
  'API Integration',
  'Brand Guidelines',
  'SEO Audit',
  'E-commerce Store',
  'Support Retainer',
  'Data Migration',
  'Design System',
  'Checkout Revamp',
  'Loyalty Program',
]

export const taskTitles = [
  'Kick-off meeting and scope review',
  'Wireframes for the landing page',
  'High-fidelity mockups',
  'Design system tokens',
  'Set up CI pipeline',
  'Configure staging environment',
  'Database schema migration',
  'Implement authentication',
  'Password reset flow',
  'REST endpoints for orders',
  'Integrate payment provider',
  'Webhook retries',
  'Fix layout bugs on Safari',
  'Accessibility audit',
  'Performance profiling',
  'Write unit tests for billing',
  'End-to-end test suite',
  'Localisation (DE, FR, ES)',
  'Push notifications',
  'Offline mode',
  'App Store submission',
  'Analytics events plan',
  'Dashboard charts',
  'CSV export',
  'Content calendar',
  'Blog post: product launch',
  'Newsletter template',
  'Social media assets',
  'Keyword research',
  'Landing page A/B test',
  'Customer interviews',
  'Usability testing round',
  'Update help-center articles',
  'Onboarding email sequence',
  'Client demo preparation',
  'Sprint retrospective notes',
  'Refactor legacy module',
  'Upgrade dependencies',
  'Security review',
  'Backup and restore drill',
  'Data import scripts',
  'Reporting queries',
  'Load testing',
  'Error monitoring setup',
  'Release notes',
  'QA regression pass',
  'Bug triage',
  'Documentation for the API',
]

export const taskDescriptions = [
  'See the brief in the shared drive.',
  'Blocked until the client signs off on the copy.',
  'Pair with design before starting.',
  'Acceptance criteria in the ticket comments.',
  'Keep the old behaviour behind a feature flag.',
  'Estimate: two days.',
]

export const spanDescriptions = [
  'Code review',
  'Standup and planning',
  'Client call',
  'Fixing review comments',
  'Pairing session',
  'Research',
  'Writing docs',
  'Bug fixing',
  'Design feedback round',
  'Email and Slack catch-up',
  'Deploy to staging',
  'Sprint planning',
]

export const timesheetRejectReasons = [
  'Missing task notes on Wednesday — please add what you worked on.',
  'Hours on this project exceed the agreed budget; please split them across the right contracts.',
  'Please add the client call on Friday as manual time and resubmit.',
  'Duplicate entries on Tuesday afternoon.',
  'Weekend hours need pre-approval from your team manager.',
]

export const timeRequestNotes = [
  'Forgot to start the tracker during the client call.',
  'Worked offline on the train — no internet connection.',
  'Desktop app crashed; this time was not recorded.',
  'Whiteboard session with the design team.',
  'On-site meeting at the client office.',
  'Reviewed pull requests on my phone while travelling.',
  'Workshop preparation done on paper.',
]

export const timeRequestRejectComments = [
  'Please track this with the desktop app next time.',
  'This is not billable to this project — log it under Internal Tools.',
  'Too long for a call; please split it and add details.',
  'I could not find this meeting in the calendar.',
]

export const leaveNotes = ['Family trip', 'Doctor appointment', 'Moving house', 'Wedding', 'Feeling unwell', 'Conference', 'School event', null]

export const leaveRejectReasons = [
  'Release week — please pick other dates.',
  'Too many people are already away that week.',
  'Not enough vacation balance left this year.',
]

export interface ExpenseKind {
  category: string
  names: readonly string[]
  amount: readonly [number, number]
}

export const expenseKinds: readonly ExpenseKind[] = [
  {
    category: 'Travel',
    names: ['Flight to client workshop', 'Train tickets', 'Taxi to the airport', 'Hotel — 2 nights', 'Conference travel'],
    amount: [18, 980],
  },
  { category: 'Software', names: ['Figma subscription', 'JetBrains licence', 'AWS credits top-up', 'Stock photo pack', 'Notion team plan'], amount: [9, 420] },
  { category: 'Office Supplies', names: ['Printer paper and toner', 'Notebooks and pens', 'Whiteboard markers', 'Desk organisers'], amount: [6, 120] },
  { category: 'Meals', names: ['Team lunch', 'Client dinner', 'Coffee with a candidate', 'Workshop catering'], amount: [12, 310] },
  { category: 'Equipment', names: ['USB-C dock', '27" monitor', 'Ergonomic chair', 'Noise-cancelling headset', 'Mechanical keyboard'], amount: [35, 890] },
]

export const expenseNotes = ['Receipt attached', 'Approved by team manager', 'Split with the design team', 'Reimburse with next payroll', null, null]
