import type { Sandbox } from '@notionchartkit/notion-sandbox';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../test-app';
import type { TestUser } from '../test-users';

/** What a resource factory gets to work with. */
export interface IsolationWorld {
  t: TestApp;
  sandbox: Sandbox;
  /** A request as `user` (their API key). */
  as(user: TestUser, options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
}

/**
 * How to make a user's resource for the two-user isolation matrix. Every domain exports its
 * list as `ownedResources` from a `*.isolation.ts` file under `api/test/`; the matrix finds
 * those files by name. An authenticated route with path parameters that no entry covers
 * fails the matrix.
 */
export interface OwnedResource {
  /**
   * The route pattern that names the resource, e.g. `/api/datasets/:id`. It covers every
   * route starting with it (`/api/datasets/:id/rows` too); the longest match wins.
   */
  path: string;
  /**
   * Creates the resource for `owner` and returns the path parameters that name it. The
   * matrix calls it once per route, each time with a new owner.
   */
  create(world: IsolationWorld, owner: TestUser): Promise<Record<string, string>>;
  /**
   * A valid body or query string for routes that need one, keyed `METHOD /pattern`
   * (`'PATCH /api/datasets/:id'`): validation runs before the lookup, so without a valid
   * request the matrix would see a 400, not the ownership check.
   */
  requests?: Record<string, { payload?: unknown; query?: string }>;
}
