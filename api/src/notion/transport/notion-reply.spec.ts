import { NotionReply, parseRetryAfter } from './notion-reply';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-05-03T14:37:00.000Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Sun, 03 May 2026 14:37:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 03 May 2026 14:36:00 GMT', now)).toBe(0);
  });

  it('is null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('NotionReply', () => {
  const reply = (status: number, body: object | string, headers: Record<string, string> = {}) =>
    new NotionReply(
      status,
      new Headers(headers),
      typeof body === 'string' ? body : JSON.stringify(body),
      0,
    );

  it('knows which answers to retry', () => {
    expect([429, 500, 502, 503, 504, 529].map((s) => reply(s, {}).retryable)).toEqual(
      Array(6).fill(true),
    );
    expect([200, 400, 401, 403, 404, 409].map((s) => reply(s, {}).retryable)).toEqual(
      Array(6).fill(false),
    );
  });

  it('tells a workspace-wide rate limit from a connection one', () => {
    const workspace = reply(429, {
      additional_data: { rate_limit_reason: 'public_api_space_request_rate_limit' },
    });
    const connection = reply(429, {
      additional_data: { rate_limit_reason: 'public_api_request_rate_limit' },
    });
    expect([workspace.workspaceRateLimited, connection.workspaceRateLimited]).toEqual([
      true,
      false,
    ]);
  });

  it('spots the query 503 that advises smaller pages, and only that one', () => {
    const guided = reply(503, { additional_data: { retry_guidance: ['Reduce page_size'] } });
    expect(guided.advisesSmallerPages).toBe(true);
    expect(reply(503, { code: 'service_unavailable' }).advisesSmallerPages).toBe(false);
    expect(reply(503, '<html>busy</html>').advisesSmallerPages).toBe(false);
  });
});
