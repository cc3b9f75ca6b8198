import { NotionError } from '../core/notion-error.error';
import { parsePageSize } from '../core/pager.util';
import { json, type ApiApp } from '../http/api-app.http';
import { pageObject, visibleProperties } from '../shapes/page.shape';
import { propertyItemResponse } from '../shapes/property-item.shape';
import { propertySelection, shapeContext, type RouteDeps } from './route-support.util';

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function registerPageRoutes(app: ApiApp, deps: RouteDeps): void {
  app.route({
    method: 'GET',
    path: '/v1/pages/:page_id',
    auth: 'bearer',
    handler: (ctx) => {
      deps.access.requireContent(ctx.grant);
      // Trashed pages are still returned, with `in_trash: true`; purged ones are gone (404).
      const page = deps.access.page(ctx.grant, ctx.params.page_id);
      const only = propertySelection(ctx.query, deps.store.propertiesOf(page));
      return json(pageObject(page, shapeContext(deps, ctx), { only }));
    },
  });

  app.route({
    method: 'GET',
    path: '/v1/pages/:page_id/properties/:property_id',
    auth: 'bearer',
    handler: (ctx) => {
      deps.access.requireContent(ctx.grant);
      const page = deps.access.page(ctx.grant, ctx.params.page_id);
      const shape = shapeContext(deps, ctx);
      const wanted = decoded(ctx.params.property_id);
      // Ids only, compared decoded: clients send them percent-encoded or not.
      const schema = visibleProperties(page, shape).find((p) => decoded(p.id) === wanted);
      if (!schema) {
        throw new NotionError(
          404,
          'object_not_found',
          `Could not find property with ID: ${ctx.params.property_id}.`,
        );
      }
      const startCursor = ctx.query.get('start_cursor') ?? undefined;
      const pageSize = parsePageSize(ctx.query.get('page_size') ?? undefined, 'query.page_size');
      return json(propertyItemResponse(page, schema, shape, { startCursor, pageSize }));
    },
  });
}
