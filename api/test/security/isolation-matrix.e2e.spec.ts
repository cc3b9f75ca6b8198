import type { Sandbox } from '@notionchartkit/notion-sandbox';
import type { InjectOptions } from 'fastify';
import { loadOwnedResources } from '../support/isolation/load-owned-resources';
import type { IsolationWorld, OwnedResource } from '../support/isolation/owned-resource';
import { startTestSandbox } from '../support/notion-sandbox';
import { probe } from '../support/probe';
import { type RouteEntry, routeTable } from '../support/route-table';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestUser, type TestUser } from '../support/test-users';

type Method = NonNullable<InjectOptions['method']>;

/** The entry whose path is the longest segment-wise prefix of the route's. */
function resourceFor(route: RouteEntry, resources: OwnedResource[]): OwnedResource | undefined {
  return resources
    .filter(
      (resource) => route.path === resource.path || route.path.startsWith(`${resource.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}

const key = (route: RouteEntry) => `${route.method} ${route.path}`;

/** The contract's 404 and nothing more: no details, no fields of the resource. */
function isBareNotFound(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return (
      Object.keys(parsed).sort().join() === 'error,message,statusCode' && parsed.statusCode === 404
    );
  } catch {
    return false;
  }
}

/**
 * X1: for every authenticated route with path parameters, user B with user A's ids gets 404
 * and nothing else, while A gets an answer. Routes come from the running app, so routes
 * added later are covered automatically; a route without a resource factory fails the test.
 */
describe('X1: two-user isolation matrix', () => {
  let sandbox: Sandbox;
  let t: TestApp;
  let world: IsolationWorld;
  let bob: TestUser;
  let routes: RouteEntry[];
  const resources = loadOwnedResources();

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    t = await startTestApp({ vars: { NOTION_API_BASE_URL: sandbox.url } });
    world = {
      t,
      sandbox,
      as: (user, options) =>
        t.request({ ...options, headers: { ...options.headers, ...user.headers } }),
    };
    bob = await createTestUser(t, 'Bob');
    routes = routeTable(t);
  });
  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  const ownedRoutes = () =>
    routes.filter((route) => route.authenticated && route.params.length > 0);

  it('finds the owned routes in the route table', () => {
    expect(ownedRoutes().map(key)).toEqual(
      expect.arrayContaining([
        'DELETE /api/connections/:id',
        'GET /api/connections/:id/sources',
        'DELETE /api/api-keys/:id',
        'GET /api/datasets/:id/events',
      ]),
    );
  });

  it('has a resource factory for every owned route', () => {
    const uncovered = ownedRoutes()
      .filter((route) => !resourceFor(route, resources))
      .map(key);
    expect(uncovered).toEqual([]);
  });

  it("answers user B 404 and nothing else for each of user A's resources, on every owned route", async () => {
    const failures: string[] = [];
    for (const route of ownedRoutes()) {
      const resource = resourceFor(route, resources);
      if (!resource) continue;
      // A new owner per route, so factories never trip over their own uniqueness rules.
      const alice = await createTestUser(t, 'Alice');
      const params = await resource.create(world, alice);
      const missing = route.params.filter((name) => params[name] === undefined);
      if (missing.length > 0) {
        failures.push(`${key(route)}: the factory gave no value for ${missing.join(', ')}`);
        continue;
      }
      const extra = resource.requests?.[key(route)];
      const url =
        route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? '')) +
        (extra?.query ? `?${extra.query}` : '');
      // Event streams answer as soon as their headers are out.
      const request = (user: TestUser) =>
        probe(t, {
          method: route.method as Method,
          url,
          payload: extra?.payload as object,
          headers: user.headers,
        });

      const asBob = await request(bob);
      const leaked = Object.values(params).filter((value) => asBob.body.includes(value));
      if (asBob.statusCode !== 404) {
        failures.push(`${key(route)}: B got ${asBob.statusCode} ${asBob.body}`);
      } else if (!isBareNotFound(asBob.body) || leaked.length > 0) {
        failures.push(`${key(route)}: B's 404 carries more than the error: ${asBob.body}`);
      }

      const asAlice = await request(alice);
      if (asAlice.statusCode === 404 || asAlice.statusCode >= 500) {
        failures.push(`${key(route)}: A got ${asAlice.statusCode} for her own resource`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("keeps user A's resources out of every list user B reads", async () => {
    const alice = await createTestUser(t, 'Alice');
    const ids: string[] = [];
    for (const resource of resources)
      ids.push(...Object.values(await resource.create(world, alice)));
    const reads = routes.filter(
      (route) => route.authenticated && route.method === 'GET' && route.params.length === 0,
    );
    expect(reads.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const route of reads) {
      const asBob = await world.as(bob, { method: 'GET', url: route.path });
      const leaked = ids.filter((id) => asBob.body.includes(id));
      if (asBob.statusCode !== 200 || leaked.length > 0) {
        failures.push(
          `${key(route)}: ${asBob.statusCode}, shows ${leaked.join(', ') || 'nothing'}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
});
