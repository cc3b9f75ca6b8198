import type { PageObjectResponse, QueryDataSourceResponse } from '@notionhq/client';
import { quoted, validationError } from '../core/notion-error.error';
import { parsePageSize, parseStartCursor } from '../core/pager.util';
import { json, type ApiApp, type BearerContext } from '../http/api-app.http';
import type { DataSourceQueryService } from '../query/data-source-query.service';
import { pageObject } from '../shapes/page.shape';
import { dataSourceObject } from '../shapes/schema.shape';
import type { Versioned } from '../shapes/shape-context.shape';
import {
  allowOnlyKeys,
  optionalBoolean,
  propertySelection,
  shapeContext,
  type RouteDeps,
} from './route-support.util';

export type SandboxQueryResponse = Omit<QueryDataSourceResponse, 'results'> & {
  results: Versioned<PageObjectResponse>[];
};

const QUERY_KEYS = ['filter', 'sorts', 'start_cursor', 'page_size', 'in_trash', 'result_type'];

/** `archived` is the deprecated alias of `in_trash`, refused from 2026-03-11 on. */
function trashArg(ctx: BearerContext): boolean {
  const inTrash = optionalBoolean(ctx.body, 'in_trash');
  const archived = optionalBoolean(ctx.body, 'archived');
  return inTrash ?? archived ?? false;
}

function resultType(raw: unknown): 'page' | 'data_source' | undefined {
  if (raw === undefined || raw === 'page' || raw === 'data_source') return raw;
  throw validationError(
    `body failed validation: body.result_type should be "page" or "data_source", instead was ${quoted(raw)}.`,
  );
}

export function registerDataSourceRoutes(
  app: ApiApp,
  deps: RouteDeps,
  queries: DataSourceQueryService,
): void {
  app.route({
    method: 'GET',
    path: '/v1/data_sources/:data_source_id',
    auth: 'bearer',
    handler: (ctx) => {
      deps.access.requireContent(ctx.grant);
      const dataSource = deps.access.dataSource(ctx.grant, ctx.params.data_source_id);
      return json(dataSourceObject(dataSource, shapeContext(deps, ctx)));
    },
  });

  app.route({
    method: 'POST',
    path: '/v1/data_sources/:data_source_id/query',
    auth: 'bearer',
    handler: (ctx) => {
      deps.access.requireContent(ctx.grant);
      const dataSource = deps.access.dataSource(ctx.grant, ctx.params.data_source_id);
      allowOnlyKeys(
        ctx.body,
        ctx.version < '2026-03-11' ? [...QUERY_KEYS, 'archived'] : QUERY_KEYS,
      );
      const only = propertySelection(ctx.query, dataSource.properties);
      const page = queries.query(dataSource, {
        filter: ctx.body.filter,
        sorts: ctx.body.sorts,
        startCursor: parseStartCursor(ctx.body.start_cursor, 'body.start_cursor'),
        pageSize: parsePageSize(ctx.body.page_size, 'body.page_size'),
        inTrash: trashArg(ctx),
        resultType: resultType(ctx.body.result_type),
        me: ctx.grant.ownerUserId,
      });
      const shape = shapeContext(deps, ctx);
      const response: SandboxQueryResponse = {
        object: 'list',
        results: page.ids.flatMap((id) => {
          const row = deps.store.page(id);
          return row ? [pageObject(row, shape, { only })] : [];
        }),
        next_cursor: page.nextCursor,
        has_more: page.nextCursor !== null,
        type: 'page_or_data_source',
        page_or_data_source: {},
        request_status: page.limitReached
          ? { type: 'incomplete', incomplete_reason: 'query_result_limit_reached' }
          : { type: 'complete' },
      };
      return json(response);
    },
  });
}
