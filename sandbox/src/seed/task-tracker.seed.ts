import { DAY_MS } from '../core/clock.util';
import { stableUuid } from '../core/ids.util';
import { Prng } from '../core/prng.util';
import { addDatabase, addStandalonePage } from '../store/database-builder.factory';
import type { DateInput } from '../store/row-input.parser';
import type { RowWriter } from '../store/row-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import { ACME_PEOPLE, SEED_IDS, SEED_NOW } from './seed-ids.constants';
import { dayString, workingTime } from './seed-values.util';

const IDS = SEED_IDS.acme;
const TASKS = 150;
const VERBS = [
  'Build',
  'Fix',
  'Design',
  'Document',
  'Refactor',
  'Test',
  'Review',
  'Ship',
  'Migrate',
  'Profile',
];
const THINGS = [
  'chart export',
  'sign-in flow',
  'billing page',
  'sync worker',
  'embed loader',
  'settings screen',
  'webhook handler',
  'onboarding email',
  'dashboard filters',
  'API rate limiter',
  'audit log',
  'dark mode',
];
const ENGINEERS = [
  ACME_PEOPLE.dennis,
  ACME_PEOPLE.barbara,
  ACME_PEOPLE.edsger,
  ACME_PEOPLE.frances,
  ACME_PEOPLE.margaret,
  ACME_PEOPLE.ken,
];
const LABELS = ['Frontend', 'Backend', 'Infra', 'Bug', 'Feature', 'Design', 'Docs'];
const STATUSES = ['Not started', 'In progress', 'Blocked', 'In review', 'Done'] as const;

/** The product team's task tracker: statuses, date ranges, estimates, sprints. */
export function seedTaskTracker(store: WorkspaceStore, writer: RowWriter): void {
  const rng = new Prng('acme:tasks');
  const created = {
    createdTime: Date.parse('2025-03-03T09:00:00Z'),
    createdBy: ACME_PEOPLE.dennis,
  };
  addStandalonePage(store, {
    id: IDS.productPageId,
    workspaceId: IDS.workspaceId,
    title: 'Product',
    icon: '🛠️',
    ...created,
  });
  addDatabase(store, {
    ...created,
    id: IDS.tasksDatabaseId,
    workspaceId: IDS.workspaceId,
    title: 'Task tracker',
    icon: '✅',
    parentPageId: IDS.productPageId,
    dataSources: [
      {
        id: IDS.tasksDataSourceId,
        title: 'Tasks',
        properties: [
          { name: 'Task', type: 'title' },
          {
            name: 'Status',
            type: 'status',
            options: [
              { name: 'Not started', color: 'default' },
              { name: 'In progress', color: 'blue' },
              { name: 'Blocked', color: 'red' },
              { name: 'In review', color: 'purple' },
              { name: 'Done', color: 'green' },
            ],
            groups: [
              { name: 'To-do', color: 'gray', options: ['Not started'] },
              {
                name: 'In progress',
                color: 'blue',
                options: ['In progress', 'Blocked', 'In review'],
              },
              { name: 'Complete', color: 'green', options: ['Done'] },
            ],
          },
          { name: 'Assignee', type: 'people' },
          { name: 'Dates', type: 'date' },
          {
            name: 'Sprint',
            type: 'select',
            options: Array.from({ length: 12 }, (_, i) => `Sprint ${i + 1}`),
          },
          { name: 'Estimate', type: 'number', format: 'number' },
          { name: 'Hours spent', type: 'number', format: 'number' },
          {
            name: 'Priority',
            type: 'select',
            options: [
              { name: 'P0', color: 'red' },
              { name: 'P1', color: 'orange' },
              { name: 'P2', color: 'yellow' },
              { name: 'P3', color: 'gray' },
            ],
          },
          { name: 'Labels', type: 'multi_select', options: LABELS },
          {
            name: 'Overdue',
            type: 'formula',
            formula: {
              expression: 'prop("Status") != "Done" and dateEnd(prop("Dates")) < now()',
              resultType: 'boolean',
              evaluate: (row) => {
                const dates = row.date('Dates');
                const due = dates?.end ?? dates?.start;
                return (
                  row.text('Status') !== 'Done' && due !== undefined && Date.parse(due) < SEED_NOW
                );
              },
            },
          },
          { name: 'Task ID', type: 'unique_id', prefix: 'TASK' },
          { name: 'Created', type: 'created_time' },
          { name: 'Last edited', type: 'last_edited_time' },
        ],
      },
    ],
  });
  const tasks = store.dataSource(IDS.tasksDataSourceId);
  if (!tasks) return;
  const start = Date.parse('2025-03-10T00:00:00Z');
  const rows = Array.from({ length: TASKS }, (_, i) => {
    const at = workingTime(rng, start, SEED_NOW - 3 * DAY_MS);
    const sprint = Math.min(12, Math.floor((at - start) / (14 * DAY_MS)) + 1);
    const begins = at + rng.int(0, 10) * DAY_MS;
    const dates = rng.pickWeighted<DateInput | null>([
      [{ start: dayString(begins), end: dayString(begins + rng.int(1, 12) * DAY_MS) }, 60],
      [dayString(begins), 25],
      [null, 15],
    ]);
    const status =
      begins > SEED_NOW
        ? 'Not started'
        : rng.pickWeighted(STATUSES.map((s, k) => [s, k === 4 ? 5 : 1] as const));
    return { i, at, sprint, dates, status };
  }).sort((a, b) => a.at - b.at);
  for (const row of rows) {
    const estimate = rng.chance(0.1) ? null : rng.pick([1, 2, 3, 5, 8, 13]);
    writer.create(
      tasks,
      {
        Task: `${rng.pick(VERBS)} ${rng.pick(THINGS)}`,
        Status: row.status,
        Assignee: rng.chance(0.1) ? [] : [rng.pick(ENGINEERS)],
        Dates: row.dates,
        Sprint: `Sprint ${row.sprint}`,
        Estimate: estimate,
        'Hours spent':
          row.status === 'Not started' || estimate === null ? null : estimate * rng.int(2, 6),
        Priority: rng.pickWeighted([
          ['P0', 1],
          ['P1', 3],
          ['P2', 4],
          ['P3', 2],
        ] as const),
        Labels: rng.sample(LABELS, rng.int(0, 2)),
      },
      {
        id: stableUuid(`acme:task:${row.i}`),
        at: row.at,
        editedAt: Math.min(row.at + rng.int(0, 30) * DAY_MS, SEED_NOW),
        actorId: rng.pick(ENGINEERS),
      },
    );
  }
}
