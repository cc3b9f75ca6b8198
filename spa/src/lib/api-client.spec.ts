import { apiError, mockApi } from '../test/mock-api';
import { apiRequest, ApiRequestError, NETWORK_FAILURE } from './api-client';

describe('apiRequest', () => {
  it('sends JSON with the session cookie and drops empty query values', async () => {
    const api = mockApi({ 'POST /api/charts': { id: 'ch1' } });
    await expect(
      apiRequest('/charts', {
        method: 'POST',
        body: { name: 'A' },
        query: { a: 1, b: undefined, c: '' },
      }),
    ).resolves.toEqual({ id: 'ch1' });
    const init = (fetch as jest.Mock).mock.calls[0][1] as RequestInit;
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(api.calls[0].query.toString()).toBe('a=1');
    expect(api.calls[0].body).toEqual({ name: 'A' });
  });

  it('answers undefined for 204', async () => {
    mockApi({ 'DELETE /api/api-keys/k1': { status: 204 } });
    await expect(apiRequest('/api-keys/k1', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('throws the contract error with its status, message and details', async () => {
    mockApi({
      'POST /api/charts': apiError(422, 'sum needs a number property', [
        { field: 'config.y.0.property', problem: 'sum needs a number property' },
      ]),
    });
    const error = (await apiRequest('/charts', { method: 'POST', body: {} }).catch(
      (caught: unknown) => caught,
    )) as ApiRequestError;
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.statusCode).toBe(422);
    expect(error.message).toBe('sum needs a number property');
    expect(error.details).toEqual([
      { field: 'config.y.0.property', problem: 'sum needs a number property' },
    ]);
  });

  it('explains an answer without the contract shape by its status', async () => {
    mockApi({ 'GET /api/charts': { status: 502, body: '<html>Bad gateway</html>' } });
    await expect(apiRequest('/charts')).rejects.toMatchObject({
      statusCode: 502,
      message: 'The server answered 502. Please try again.',
    });
  });

  it('turns a failed fetch into a readable network error', async () => {
    globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiRequest('/charts')).rejects.toMatchObject({
      statusCode: NETWORK_FAILURE,
      message: 'Could not reach NotionChartKit. Check your connection and try again.',
    });
  });
});
