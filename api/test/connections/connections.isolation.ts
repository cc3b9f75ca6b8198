import type { OwnedResource } from '../support/isolation/owned-resource';

export const ownedResources: OwnedResource[] = [
  {
    path: '/api/connections/:id',
    async create({ as, sandbox }, owner) {
      const res = await as(owner, {
        method: 'POST',
        url: '/api/connections',
        payload: { token: sandbox.control.issueToken().token },
      });
      return { id: res.json<{ id: string }>().id };
    },
  },
];
