import type { ListUsersResponse, UserObjectResponse } from '@notionhq/client';
import { pageAt, parsePageSize, parseStartCursor, startOf, OrderedList } from '../core/pager.util';
import { json, type ApiApp } from '../http/api-app.http';
import type { BotRecord, PersonRecord, UserRecord } from '../model/records.types';
import { botObject, personObject } from '../shapes/user.shape';
import type { RouteDeps } from './route-support.util';

function userObject(user: PersonRecord | BotRecord): UserObjectResponse {
  return user.kind === 'person' ? personObject(user) : botObject(user);
}

function isListed(user: UserRecord, workspaceId: string): user is PersonRecord | BotRecord {
  return user.kind !== 'group' && user.workspaceIds.includes(workspaceId);
}

export function registerUserRoutes(app: ApiApp, deps: RouteDeps): void {
  app.route({
    method: 'GET',
    path: '/v1/users/me',
    auth: 'bearer',
    handler: ({ grant }) => {
      const bot = deps.store.user(grant.botId);
      const workspace = deps.store.workspace(grant.workspaceId);
      if (bot?.kind !== 'bot' || !workspace) throw new Error(`token ${grant.token} lost its bot`);
      const owner = grant.ownerUserId ? deps.store.user(grant.ownerUserId) : undefined;
      const body: UserObjectResponse = botObject(bot, {
        workspace,
        owner: owner?.kind === 'person' ? owner : undefined,
      });
      return json(body);
    },
  });

  app.route({
    method: 'GET',
    path: '/v1/users',
    auth: 'bearer',
    handler: ({ grant, query }) => {
      deps.access.requireUsers(grant);
      const pageSize = parsePageSize(query.get('page_size') ?? undefined, 'query.page_size');
      const cursor = parseStartCursor(query.get('start_cursor') ?? undefined, 'query.start_cursor');
      const users = [...deps.store.allUsers()].filter((u) => isListed(u, grant.workspaceId));
      const list = new OrderedList(users.map((u) => u.id));
      const page = pageAt(list, startOf(list, cursor), pageSize);
      const body: ListUsersResponse = {
        object: 'list',
        results: page.ids.flatMap((id) => {
          const user = deps.store.user(id);
          return user && user.kind !== 'group' ? [userObject(user)] : [];
        }),
        next_cursor: page.nextCursor,
        has_more: page.nextCursor !== null,
        type: 'user',
        user: {},
      };
      return json(body);
    },
  });

  app.route({
    method: 'GET',
    path: '/v1/users/:user_id',
    auth: 'bearer',
    handler: ({ grant, params }) => {
      deps.access.requireUsers(grant);
      return json(userObject(deps.access.user(grant, params.user_id)));
    },
  });
}
