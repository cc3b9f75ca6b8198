import { DEMO_INTERNAL_TOKEN, SEED_IDS } from '@notionchartkit/notion-sandbox';
import type { OwnedResource } from '../support/isolation/owned-resource';

export const ownedResources: OwnedResource[] = [
  {
    path: '/api/charts/:id',
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
      const chart = await as(owner, {
        method: 'POST',
        url: '/api/charts',
        payload: {
          datasetId: dataset.json<{ id: string }>().id,
          name: 'Tasks',
          config: { type: 'number', y: [{ aggregation: 'count' }] },
        },
      });
      return { id: chart.json<{ id: string }>().id };
    },
    requests: {
      'PATCH /api/charts/:id': { payload: { name: 'Renamed' } },
    },
  },
];
