import type { FastifyReply } from 'fastify';
import { applyCors, matchesEtag } from './public-responses';

/** A reply that only records its headers. */
function recordingReply(): { reply: FastifyReply; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, headers };
}

describe('matchesEtag', () => {
  const etag = '"abc"';

  it('matches the tag itself, its weak form, a list holding it, and *', () => {
    for (const header of ['"abc"', 'W/"abc"', '"x", "abc"', ' "x" ,W/"abc" ', '*']) {
      expect(matchesEtag(header, etag)).toBe(true);
    }
  });

  it('matches nothing else', () => {
    for (const header of [undefined, '', '"abcd"', 'abc', '"x", "y"']) {
      expect(matchesEtag(header, etag)).toBe(false);
    }
  });
});

describe('applyCors', () => {
  it('lets any origin read a chart that lists none, without Vary', () => {
    const { reply, headers } = recordingReply();
    applyCors(reply, 'https://a.example', []);
    expect(headers).toEqual({
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag',
    });
  });

  it('reflects a listed origin only, and varies by it', () => {
    const allowed = recordingReply();
    applyCors(allowed.reply, 'https://b.example', ['https://a.example', 'https://b.example']);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://b.example');
    expect(allowed.headers.vary).toBe('Origin');

    for (const origin of ['https://c.example', undefined]) {
      const refused = recordingReply();
      applyCors(refused.reply, origin, ['https://a.example']);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      expect(refused.headers.vary).toBe('Origin');
    }
  });

  it('never allows credentials', () => {
    const { reply, headers } = recordingReply();
    applyCors(reply, 'https://a.example', ['https://a.example']);
    expect(Object.keys(headers)).not.toContain('access-control-allow-credentials');
  });
});
