import { json, type ApiApp } from '../http/api-app.http';
import { databaseObject } from '../shapes/schema.shape';
import { shapeContext, type RouteDeps } from './route-support.util';

export function registerDatabaseRoutes(app: ApiApp, deps: RouteDeps): void {
  app.route({
    method: 'GET',
    path: '/v1/databases/:database_id',
    auth: 'bearer',
    handler: (ctx) => {
      deps.access.requireContent(ctx.grant);
      const database = deps.access.database(ctx.grant, ctx.params.database_id);
      return json(databaseObject(database, shapeContext(deps, ctx)));
    },
  });
}
