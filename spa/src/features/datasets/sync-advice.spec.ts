import { syncErrorAdvice } from './sync-advice';

describe('syncErrorAdvice', () => {
  it.each([
    ['Notion answered 401: API token is invalid.', /Reconnect it on the Connections page/],
    ['Could not find database with ID: abc. Make sure it is shared.', /no longer shared/],
    ['Notion answered 429 Too Many Requests', /retries on its own/],
    ['Notion answered 503 Service Unavailable', /could not be reached/],
    ['Something odd', /Press Sync now to try again/],
  ])('%s', (message, advice) => {
    expect(syncErrorAdvice(message)).toMatch(advice);
  });
});
