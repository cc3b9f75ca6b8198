import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app';

/** What a probe learns of an answer. */
export type ProbeAnswer = Pick<LightMyRequestResponse, 'statusCode' | 'headers' | 'body'>;

/**
 * A request through the whole HTTP stack that may answer with an event stream, which never
 * ends (inject would wait for it forever): such an answer is taken as its status and headers,
 * with an empty body, and the stream is then dropped as by a client going away. Any other
 * answer is read whole.
 */
export async function probe(t: TestApp, options: InjectOptions): Promise<ProbeAnswer> {
  const response = await t.request({ ...options, payloadAsStream: true });
  const { statusCode, headers } = response;
  if (String(headers['content-type']).startsWith('text/event-stream')) {
    response.raw.res.destroy();
    return { statusCode, headers, body: '' };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of response.stream()) chunks.push(chunk as Buffer);
  return { statusCode, headers, body: Buffer.concat(chunks).toString() };
}
