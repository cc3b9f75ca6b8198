import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC_ROUTE, requiresAuthentication } from '../../src/auth/route-access';
import type { TestApp } from './test-app';

export interface RouteEntry {
  method: string;
  /** Fastify's pattern, e.g. `/api/connections/:id/sources`. */
  path: string;
  /** Whether the global guard demands a session or an API key (the same rule it applies). */
  authenticated: boolean;
  /** Names of the path parameters, in order. */
  params: string[];
}

function joinPath(base: string, path: string): string {
  const joined = `/${[base, path]
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
  return joined === '/' ? '/' : joined;
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : [typeof value === 'string' ? value : '/'];

/** Every route of the running app, read from Nest's controllers: routes added later included. */
export function routeTable(t: TestApp): RouteEntry[] {
  const reflector = t.app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RouteEntry[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller || !wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        const methodPaths: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPaths === undefined) continue;
        const method =
          RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const markedPublic =
          reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_ROUTE, [
            handler,
            controller,
          ]) === true;
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const own of asList(methodPaths)) {
            const path = joinPath(base, own);
            routes.push({
              method,
              path,
              authenticated: requiresAuthentication(path, markedPublic),
              params: [...path.matchAll(/:(\w+)/g)].map((match) => match[1]),
            });
          }
        }
      }
    }
  }
  return routes;
}
