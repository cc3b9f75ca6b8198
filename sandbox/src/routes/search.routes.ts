import type { PageObjectResponse, SearchResponse } from '@notionhq/client';
import { quoted, validationError } from '../core/notion-error.error';
import { parsePageSize, parseStartCursor } from '../core/pager.util';
import { json, type ApiApp, type JsonObject } from '../http/api-app.http';
import type { SearchArgs, SearchService } from '../query/search.service';
import { pageObject } from '../shapes/page.shape';
import { dataSourceObject, type DataSourceObject } from '../shapes/schema.shape';
import type { Versioned } from '../shapes/shape-context.shape';
import { allowOnlyKeys, shapeContext, type RouteDeps } from './route-support.util';

export type SandboxSearchResponse = Omit<SearchResponse, 'results'> & {
  results: (Versioned<PageObjectResponse> | Versioned<DataSourceObject>)[];
};

function parseFilter(raw: unknown): Pick<SearchArgs, 'objectType' | 'inTrash'> {
  if (raw === undefined) return { objectType: undefined, inTrash: false };
  if (typeof raw !== 'object' || raw === null) {
    throw validationError(
      `body failed validation: body.filter should be an object, instead was ${quoted(raw)}.`,
    );
  }
  const filter = raw as JsonObject;
  for (const key of Object.keys(filter)) {
    if (!['property', 'value', 'in_trash'].includes(key)) {
      throw validationError(`body failed validation: body.filter.${key} should be not present.`);
    }
  }
  const inTrash = filter.in_trash ?? false;
  if (typeof inTrash !== 'boolean') {
    throw validationError('body failed validation: body.filter.in_trash should be a boolean.');
  }
  if (filter.property === undefined && filter.value === undefined)
    return { objectType: undefined, inTrash };
  if (filter.property !== 'object') {
    throw validationError(
      `body failed validation: body.filter.property should be "object", instead was ${quoted(filter.property)}.`,
    );
  }
  if (filter.value !== 'page' && filter.value !== 'data_source') {
    throw validationError(
      `body failed validation: body.filter.value should be "page" or "data_source", instead was ${quoted(filter.value)}.`,
    );
  }
  return { objectType: filter.value, inTrash };
}

function parseSort(raw: unknown): SearchArgs['direction'] {
  if (raw === undefined) return 'descending';
  const sort = (typeof raw === 'object' && raw !== null ? raw : {}) as JsonObject;
  if (sort.property === 'relevance' && Object.keys(sort).length === 1) return 'descending';
  if (
    sort.timestamp === 'last_edited_time' &&
    (sort.direction === 'ascending' || sort.direction === 'descending') &&
    Object.keys(sort).length === 2
  ) {
    return sort.direction;
  }
  throw validationError(
    `body failed validation: body.sort should be {"timestamp": "last_edited_time", "direction": …} or {"property": "relevance"}, instead was ${quoted(raw)}.`,
  );
}

export function registerSearchRoutes(app: ApiApp, deps: RouteDeps, search: SearchService): void {
  app.route({
    method: 'POST',
    path: '/v1/search',
    auth: 'bearer',
    handler: (ctx) => {
      deps.access.requireContent(ctx.grant);
      const { body } = ctx;
      allowOnlyKeys(body, ['query', 'filter', 'sort', 'start_cursor', 'page_size']);
      if (body.query !== undefined && typeof body.query !== 'string') {
        throw validationError(
          `body failed validation: body.query should be a string, instead was ${quoted(body.query)}.`,
        );
      }
      const page = search.search(ctx.grant, {
        query: body.query ?? '',
        ...parseFilter(body.filter),
        direction: parseSort(body.sort),
        startCursor: parseStartCursor(body.start_cursor, 'body.start_cursor'),
        pageSize: parsePageSize(body.page_size, 'body.page_size'),
      });
      const shape = shapeContext(deps, ctx);
      const response: SandboxSearchResponse = {
        object: 'list',
        results: page.ids.flatMap((id): SandboxSearchResponse['results'] => {
          const found = deps.store.page(id);
          if (found) return [pageObject(found, shape)];
          const dataSource = deps.store.dataSource(id);
          return dataSource ? [dataSourceObject(dataSource, shape)] : [];
        }),
        next_cursor: page.nextCursor,
        has_more: page.nextCursor !== null,
        type: 'page_or_data_source',
        page_or_data_source: {},
      };
      return json(response);
    },
  });
}
