import { Client } from '@notionhq/client';
import { DEMO_INTERNAL_TOKEN, type Sandbox } from '../../src/index';

type ClientOptions = NonNullable<ConstructorParameters<typeof Client>[0]>;

/** The real SDK pointed at the sandbox; quiet, and without retries unless a test wants them. */
export function sdkClient(
  sandbox: Sandbox,
  auth: string = DEMO_INTERNAL_TOKEN,
  options: ClientOptions = {},
): Client {
  return new Client({
    auth,
    baseUrl: sandbox.url,
    retry: false,
    logger: () => undefined,
    ...options,
  });
}

/** A raw request, for what the SDK never sends (missing headers, broken JSON). */
export async function rawRequest(
  sandbox: Sandbox,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  headers: Headers;
  text: string;
  json: () => Record<string, unknown>;
}> {
  const response = await fetch(`${sandbox.url}${path}`, { redirect: 'manual', ...init });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

export const API_HEADERS = {
  authorization: `Bearer ${DEMO_INTERNAL_TOKEN}`,
  'notion-version': '2025-09-03',
  'content-type': 'application/json',
};
