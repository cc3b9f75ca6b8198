import { APIResponseError, type PageObjectResponse } from '@notionhq/client';
import {
  DEMO_INTERNAL_TOKEN,
  SEED_DEALS,
  SEED_IDS,
  startSandbox,
  type Sandbox,
} from '../src/index';
import { API_HEADERS, rawRequest, sdkClient } from './support/sdk-client';

const DEALS = SEED_IDS.acme.salesDataSourceId;

describe('transport, headers and errors', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(() => sandbox.close());

  it('answers JSON with x-notion-request-id, which error bodies repeat', async () => {
    const ok = await rawRequest(sandbox, '/v1/users/me', { headers: API_HEADERS });
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(ok.headers.get('x-notion-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const missing = await rawRequest(sandbox, '/v1/users/me', {
      headers: { authorization: API_HEADERS.authorization },
    });
    expect(missing.status).toBe(400);
    expect(missing.json()).toEqual({
      object: 'error',
      status: 400,
      code: 'missing_version',
      message:
        'Notion-Version header failed validation: Notion-Version header should be defined, instead was undefined.',
      request_id: missing.headers.get('x-notion-request-id'),
    });
  });

  it('rejects versions it does not speak', async () => {
    const old = await rawRequest(sandbox, '/v1/users/me', {
      headers: { ...API_HEADERS, 'notion-version': '2022-06-28' },
    });
    expect(old.status).toBe(400);
    expect(old.json()).toMatchObject({ code: 'validation_error' });
  });

  it('wants a valid bearer token', async () => {
    const none = await rawRequest(sandbox, '/v1/users/me', {
      headers: { 'notion-version': '2025-09-03' },
    });
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ code: 'unauthorized', message: 'API token is invalid.' });
    const error: unknown = await sdkClient(sandbox, 'ntn_not_a_token')
      .users.me({})
      .catch((e: unknown) => e);
    expect(APIResponseError.isAPIResponseError(error) && [error.status, error.code]).toEqual([
      401,
      'unauthorized',
    ]);
  });

  it('answers invalid_json, invalid_request_url, and validation errors for bad ids', async () => {
    const broken = await rawRequest(sandbox, `/v1/data_sources/${DEALS}/query`, {
      method: 'POST',
      headers: API_HEADERS,
      body: '{"page_size": ',
    });
    expect(broken.json()).toMatchObject({
      status: 400,
      code: 'invalid_json',
      message: 'Error parsing JSON body.',
    });
    const route = await rawRequest(sandbox, '/v1/blocks/abc/children', { headers: API_HEADERS });
    expect(route.json()).toMatchObject({ status: 400, code: 'invalid_request_url' });
    const badId = await rawRequest(sandbox, '/v1/pages/not-an-id', { headers: API_HEADERS });
    expect(badId.json()).toMatchObject({ status: 400, code: 'validation_error' });
    const notAnObject = await rawRequest(sandbox, '/v1/search', {
      method: 'POST',
      headers: API_HEADERS,
      body: '[1]',
    });
    expect(notAnObject.json()).toMatchObject({ status: 400, code: 'validation_error' });
  });

  it('answers 404 object_not_found for unknown and unshared objects alike', async () => {
    const client = sdkClient(sandbox);
    const unknownId = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
    const unknown: unknown = await client.dataSources
      .retrieve({ data_source_id: unknownId })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({
      status: 404,
      code: 'object_not_found',
      message: `Could not find data source with ID: ${unknownId}. Make sure the relevant pages and databases are shared with your integration.`,
    });
    await expect(
      client.databases.retrieve({ database_id: SEED_IDS.acme.salariesDatabaseId }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      client.dataSources.query({ data_source_id: SEED_IDS.acme.salariesDataSourceId }),
    ).rejects.toMatchObject({ status: 404 });
    sandbox.control.setShared(SEED_IDS.acme.tasksDatabaseId, false);
    await expect(
      client.dataSources.retrieve({ data_source_id: SEED_IDS.acme.tasksDataSourceId }),
    ).rejects.toMatchObject({ status: 404 });
    sandbox.control.setShared(SEED_IDS.acme.tasksDatabaseId, true);
    sandbox.control.purgeRow(SEED_DEALS.trashedDeal);
    await expect(client.pages.retrieve({ page_id: SEED_DEALS.trashedDeal })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('answers 403 restricted_resource to a token without the capability', async () => {
    const { token } = sandbox.control.issueToken({ readContent: false, readUsers: false });
    const restricted = sdkClient(sandbox, token);
    await expect(restricted.dataSources.query({ data_source_id: DEALS })).rejects.toMatchObject({
      status: 403,
      code: 'restricted_resource',
    });
    await expect(restricted.users.list({})).rejects.toMatchObject({
      status: 403,
      code: 'restricted_resource',
    });
    expect((await restricted.users.me({})).type).toBe('bot');
  });

  it('drops `archived` from 2026-03-11 on, and refuses it as a query parameter', async () => {
    const latest = sdkClient(sandbox, DEMO_INTERNAL_TOKEN, { notionVersion: '2026-03-11' });
    const page = (await latest.pages.retrieve({
      page_id: SEED_DEALS.initechRenewal,
    })) as PageObjectResponse;
    expect(page).not.toHaveProperty('archived');
    expect(page.in_trash).toBe(false);
    await expect(
      latest.dataSources.query({ data_source_id: DEALS, archived: false }),
    ).rejects.toMatchObject({ code: 'validation_error' });
    const current = (await sdkClient(sandbox).pages.retrieve({
      page_id: SEED_DEALS.initechRenewal,
    })) as PageObjectResponse;
    expect(current.archived).toBe(false);
  });

  it('accepts a body-less POST and an empty object alike', async () => {
    const { 'content-type': _json, ...withoutBody } = API_HEADERS;
    const bare = await rawRequest(sandbox, '/v1/search', { method: 'POST', headers: withoutBody });
    const empty = await rawRequest(sandbox, '/v1/search', {
      method: 'POST',
      headers: API_HEADERS,
      body: '{}',
    });
    expect(bare.status).toBe(200);
    expect((bare.json().results as unknown[]).length).toBe(
      (empty.json().results as unknown[]).length,
    );
  });
});
