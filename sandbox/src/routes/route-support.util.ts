import type { AccessPolicy } from '../auth/access.policy';
import type { Clock } from '../core/clock.util';
import { quoted, validationError } from '../core/notion-error.error';
import type { ValueResolver } from '../compute/value-resolver.compute';
import type { BearerContext, JsonObject } from '../http/api-app.http';
import type { PropertySchema } from '../model/property.types';
import type { ShapeContext } from '../shapes/shape-context.shape';
import { findProperty, type WorkspaceStore } from '../store/workspace.store';

/** What the Notion routes read from. */
export interface RouteDeps {
  store: WorkspaceStore;
  resolver: ValueResolver;
  access: AccessPolicy;
  clock: Clock;
  /** Known once the server listens. */
  baseUrl: () => string;
}

export function shapeContext(deps: RouteDeps, ctx: BearerContext): ShapeContext {
  return {
    store: deps.store,
    resolver: deps.resolver,
    access: deps.access,
    grant: ctx.grant,
    version: ctx.version,
    now: deps.clock(),
    baseUrl: deps.baseUrl(),
  };
}

/** Notion's request schemas forbid unknown keys (`additionalProperties: false`). */
export function allowOnlyKeys(body: JsonObject, allowed: readonly string[]): void {
  for (const [key, value] of Object.entries(body)) {
    if (!allowed.includes(key)) {
      throw validationError(
        `body failed validation: body.${key} should be not present, instead was ${quoted(value)}.`,
      );
    }
  }
}

export function optionalBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || typeof value === 'boolean') return value;
  throw validationError(
    `body failed validation: body.${key} should be a boolean, instead was ${quoted(value)}.`,
  );
}

/**
 * `filter_properties` as the SDK sends it (`filter_properties=a&filter_properties=b`) or as the
 * docs write it (`filter_properties[]=a`); values are property ids or names.
 */
export function propertySelection(
  query: URLSearchParams,
  properties: readonly PropertySchema[],
): ReadonlySet<string> | undefined {
  const requested = [...query.getAll('filter_properties'), ...query.getAll('filter_properties[]')];
  if (requested.length === 0) return undefined;
  return new Set(
    requested.map((value) => {
      const schema = findProperty(properties, value);
      if (!schema) throw validationError(`Could not find property with name or id: ${value}`);
      return schema.id;
    }),
  );
}
