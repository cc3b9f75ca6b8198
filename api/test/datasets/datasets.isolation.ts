import { DEMO_INTERNAL_TOKEN, SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { OwnedResource } from '../support/isolation/owned-resource';

export const ownedResources: OwnedResource[] = [
  {
    path: '/api/datasets/:id',
    async create({ as }, owner) {
      const connection = await as(owner, {
        method: 'POST',
        url: '/api/connections',
        payload: { token: DEMO_INTERNAL_TOKEN },
      });
      const dataset = await as(owner, {
        method: 'POST',
        url: '/api/datasets',
        payload: {
          connectionId: connection.json<{ id: string }>().id,
          dataSourceId: SEED_IDS.acme.tasksDataSourceId,
          refreshIntervalMinutes: 0,
        },
      });
      return { id: dataset.json<{ id: string }>().id };
    },
    requests: {
      'PATCH /api/datasets/:id': { payload: { name: 'Renamed' } },
      'POST /api/datasets/:id/sync': { payload: { mode: 'incremental' } },
    },
  },
];
