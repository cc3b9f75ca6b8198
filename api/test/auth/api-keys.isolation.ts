import type { OwnedResource } from '../support/isolation/owned-resource';

export const ownedResources: OwnedResource[] = [
  {
    path: '/api/api-keys/:id',
    async create({ as }, owner) {
      const res = await as(owner, {
        method: 'POST',
        url: '/api/api-keys',
        payload: { name: 'Isolation matrix' },
      });
      return { id: res.json<{ id: string }>().id };
    },
  },
];
