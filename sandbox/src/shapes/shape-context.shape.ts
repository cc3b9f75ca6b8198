import type { AccessPolicy } from '../auth/access.policy';
import type { Grant } from '../auth/token.registry';
import type { ValueResolver } from '../compute/value-resolver.compute';
import type { WorkspaceStore } from '../store/workspace.store';

/** The API versions the sandbox answers; the SDK v5 default is the first. */
export const API_VERSIONS = ['2025-09-03', '2026-03-11'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** Everything a serializer needs to render an object for one request. */
export interface ShapeContext {
  store: WorkspaceStore;
  resolver: ValueResolver;
  access: AccessPolicy;
  grant: Grant;
  version: ApiVersion;
  /** For the expiry of Notion-hosted file URLs. */
  now: number;
  /** The sandbox's base URL, for `next_url`. */
  baseUrl: string;
}

/** `archived` (the deprecated twin of `in_trash`) is gone from 2026-03-11 on. */
export type Versioned<T extends { archived: boolean }> = T | Omit<T, 'archived'>;

export function versioned<T extends { archived: boolean }>(
  object: T,
  version: ApiVersion,
): Versioned<T> {
  if (version < '2026-03-11') return object;
  const { archived: _archived, ...rest } = object;
  return rest;
}

export function notionUrl(title: string, id: string): string {
  const slug = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  const compact = id.replace(/-/g, '');
  return `https://www.notion.so/${slug ? `${slug}-` : ''}${compact}`;
}
