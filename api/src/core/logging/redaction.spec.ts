import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_LOG_PATHS } from './redaction';

function logLine(obj: object): string {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  pino({ redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } }, sink).info(obj, 'msg');
  return out;
}

describe('log redaction', () => {
  it('censors tokens and credentials at the depths our log calls use', () => {
    const line = logLine({
      token: 'ntn_top',
      connection: { accessToken: 'ntn_nested', refresh_token: 'r1' },
      job: { notion: { client_secret: 'cs' } },
      req: { headers: { authorization: 'Bearer nck_abc', cookie: 'nck_session=x' } },
    });
    for (const secret of ['ntn_top', 'ntn_nested', 'r1', '"cs"', 'nck_abc', 'nck_session=x']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('[redacted]');
  });

  it('keeps ordinary fields', () => {
    expect(logLine({ datasetId: 'd-1', rows: 12 })).toContain('"datasetId":"d-1"');
  });
});
