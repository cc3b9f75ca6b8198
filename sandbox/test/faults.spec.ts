import { APIResponseError, isNotionClientError, UnknownHTTPResponseError } from '@notionhq/client';
import {
  DEMO_INTERNAL_TOKEN,
  GLOBEX_INTERNAL_TOKEN,
  SEED_IDS,
  startSandbox,
  type Sandbox,
} from '../src/index';
import { API_HEADERS, rawRequest, sdkClient } from './support/sdk-client';

const QUERY = 'POST /v1/data_sources/:data_source_id/query';
const DEALS = SEED_IDS.acme.salesDataSourceId;

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('fault injection', () => {
  let sandbox: Sandbox;
  let client: ReturnType<typeof sdkClient>;

  beforeAll(async () => {
    sandbox = await startSandbox();
    client = sdkClient(sandbox);
  });

  afterEach(() => {
    sandbox.control.clearFaults();
    sandbox.control.resetCounters();
  });

  afterAll(() => sandbox.close());

  it('fails one endpoint with the query 503 and its retry guidance, leaving others alone', async () => {
    sandbox.control.setFaults([{ endpoint: QUERY, errorRate: 1, statuses: [503] }]);
    const error = await failure(client.dataSources.query({ data_source_id: DEALS }));
    expect(APIResponseError.isAPIResponseError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 503,
      code: 'service_unavailable',
      additional_data: {
        endpoint_name: 'public_queryDataSource',
        retry_guidance: expect.arrayContaining(['Reduce page_size']),
      },
    });
    expect((await client.dataSources.retrieve({ data_source_id: DEALS })).id).toBe(DEALS);
    expect(sandbox.control.counters()).toMatchObject({
      faults: 1,
      byStatus: { '503': 1, '200': 1 },
    });
  });

  it('answers a set number of times, which the SDK retries past on GET', async () => {
    sandbox.control.setFaults([{ errorRate: 1, statuses: [500], times: 1 }]);
    const retrying = sdkClient(sandbox, DEMO_INTERNAL_TOKEN, {
      retry: { maxRetries: 1, initialRetryDelayMs: 5, maxRetryDelayMs: 10 },
    });
    const me = await retrying.users.me({});
    expect(me.id).toBe(SEED_IDS.acme.internalBotId);
    expect(sandbox.control.counters().byStatus).toEqual({ '500': 1, '200': 1 });
    expect(sandbox.control.faults).toEqual([]);
  });

  it('sends 529 with Retry-After, which the SDK retries even on POST', async () => {
    sandbox.control.setFaults([{ endpoint: QUERY, errorRate: 1, statuses: [529], times: 1 }]);
    const raw = await rawRequest(sandbox, `/v1/data_sources/${DEALS}/query`, {
      method: 'POST',
      headers: API_HEADERS,
      body: '{}',
    });
    expect(raw.status).toBe(529);
    expect(raw.headers.get('retry-after')).toBe('1');
    expect(raw.json()).toMatchObject({ code: 'service_overload' });
    sandbox.control.setFaults([{ endpoint: QUERY, errorRate: 1, statuses: [529], times: 1 }]);
    const retrying = sdkClient(sandbox, DEMO_INTERNAL_TOKEN, {
      retry: { maxRetries: 1, initialRetryDelayMs: 5, maxRetryDelayMs: 10 },
    });
    const page = await retrying.dataSources.query({ data_source_id: DEALS, page_size: 1 });
    expect(page.results).toHaveLength(1);
  });

  it('answers like an edge proxy: HTML, no request id', async () => {
    sandbox.control.setFaults([{ nonJsonRate: 1 }]);
    const error = await failure(client.users.me({}));
    expect(UnknownHTTPResponseError.isUnknownHTTPResponseError(error)).toBe(true);
    if (!UnknownHTTPResponseError.isUnknownHTTPResponseError(error)) return;
    expect(error.status).toBe(502);
    expect(error.body).toContain('<title>502 Bad Gateway</title>');
    expect(error.request_id).toBeUndefined();
    expect(error.ray_id).toMatch(/^[0-9a-f]{16}-SJC$/);
    const raw = await rawRequest(sandbox, '/v1/users/me', { headers: API_HEADERS });
    expect(raw.headers.get('x-notion-request-id')).toBeNull();
  });

  it('answers slowly enough for client timeouts', async () => {
    sandbox.control.setFaults([{ endpoint: 'GET /v1/users/me', slowMs: 5_000 }]);
    const impatient = sdkClient(sandbox, DEMO_INTERNAL_TOKEN, { timeoutMs: 50 });
    const error = await failure(impatient.users.me({}));
    expect(isNotionClientError(error) && error.code).toBe('notionhq_client_request_timeout');
  });

  it('fails a share of requests, per token if asked', async () => {
    sandbox.control.setFaults([{ token: DEMO_INTERNAL_TOKEN, errorRate: 0.3 }]);
    const globex = sdkClient(sandbox, GLOBEX_INTERNAL_TOKEN);
    let failed = 0;
    for (let i = 0; i < 200; i++) {
      const error = await failure(client.users.me({}));
      if (error !== undefined) failed++;
      await globex.users.me({});
    }
    expect(failed).toBeGreaterThan(40);
    expect(failed).toBeLessThan(80);
    const counts = sandbox.control.counters();
    expect(counts.faults).toBe(failed);
    expect(counts.byToken[GLOBEX_INTERNAL_TOKEN]).toMatchObject({ total: 200 });
    for (const status of Object.keys(counts.byStatus)) {
      expect(['200', '500', '502', '503', '504', '529']).toContain(status);
    }
  });
});
