import { DAY_MS } from '../core/clock.util';
import { stableUuid } from '../core/ids.util';
import { Prng } from '../core/prng.util';
import { addDatabase, addStandalonePage } from '../store/database-builder.factory';
import type { RowWriter } from '../store/row-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import { GLOBEX_PEOPLE, SEED_IDS, SEED_NOW } from './seed-ids.constants';
import { dayString, workingTime } from './seed-values.util';

const IDS = SEED_IDS.globex;
const CAMPAIGNS = 60;
const CHANNELS = ['Email', 'Paid search', 'Social', 'Events', 'Content'];
const THEMES = [
  'Spring launch',
  'Webinar series',
  'Partner week',
  'Black Friday',
  'Case study push',
  'Brand refresh',
  'Retargeting',
];

/** The second workspace: a marketing team's campaigns, amounts in euros. */
export function seedGlobex(store: WorkspaceStore, writer: RowWriter): void {
  const rng = new Prng('globex:campaigns');
  const created = {
    createdTime: Date.parse('2025-01-06T08:30:00Z'),
    createdBy: GLOBEX_PEOPLE.hedy,
  };
  addStandalonePage(store, {
    id: IDS.marketingPageId,
    workspaceId: IDS.workspaceId,
    title: 'Marketing',
    icon: '📣',
    ...created,
  });
  addDatabase(store, {
    ...created,
    id: IDS.campaignsDatabaseId,
    workspaceId: IDS.workspaceId,
    title: 'Campaigns',
    icon: '🎯',
    parentPageId: IDS.marketingPageId,
    dataSources: [
      {
        id: IDS.campaignsDataSourceId,
        title: 'Campaigns',
        properties: [
          { name: 'Campaign', type: 'title' },
          { name: 'Channel', type: 'select', options: CHANNELS },
          { name: 'Status', type: 'status', options: ['Planned', 'Live', 'Finished'] },
          { name: 'Spend', type: 'number', format: 'euro' },
          { name: 'Leads', type: 'number', format: 'number' },
          { name: 'Runs', type: 'date' },
          { name: 'Owner', type: 'people' },
          {
            name: 'Cost per lead',
            type: 'formula',
            formula: {
              expression: 'round(prop("Spend") / prop("Leads") * 100) / 100',
              resultType: 'number',
              evaluate: (row) => {
                const spend = row.number('Spend');
                const leads = row.number('Leads');
                return spend === null || !leads ? null : Math.round((spend / leads) * 100) / 100;
              },
            },
          },
        ],
      },
    ],
  });
  const campaigns = store.dataSource(IDS.campaignsDataSourceId);
  if (!campaigns) return;
  const people = Object.values(GLOBEX_PEOPLE);
  for (let i = 0; i < CAMPAIGNS; i++) {
    const at = workingTime(rng, Date.parse('2025-01-13T00:00:00Z'), SEED_NOW - 2 * DAY_MS);
    const start = at + rng.int(3, 30) * DAY_MS;
    const status =
      start > SEED_NOW ? 'Planned' : start + 30 * DAY_MS > SEED_NOW ? 'Live' : 'Finished';
    writer.create(
      campaigns,
      {
        Campaign: `${rng.pick(THEMES)} ${i + 1}`,
        Channel: rng.pick(CHANNELS),
        Status: status,
        Spend: rng.int(5, 400) * 100,
        Leads: status === 'Planned' ? null : rng.int(0, 900),
        Runs: { start: dayString(start), end: dayString(start + rng.int(7, 45) * DAY_MS) },
        Owner: [rng.pick(people)],
      },
      {
        id: stableUuid(`globex:campaign:${i}`),
        at,
        editedAt: Math.min(at + rng.int(0, 40) * DAY_MS, SEED_NOW),
        actorId: rng.pick(people),
      },
    );
  }
}
