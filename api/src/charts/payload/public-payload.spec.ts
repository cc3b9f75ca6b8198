import type { ChartData } from '@notionchartkit/shared';
import {
  chartSourceHash,
  decodePublicEntry,
  encodePublicEntry,
  payloadEtag,
  publicPayloadJson,
  sameChartData,
} from './public-payload';

const data: ChartData = {
  labels: ['Won', 'Lost'],
  series: [{ key: 'count:rows', label: 'Count', values: [3, 1] }],
  meta: { rowCount: 4, datasetSyncedAt: null, computedAt: '2026-01-01T00:00:00.000Z' },
};

describe('public payloads', () => {
  it('are exactly name, type, options, data and updatedAt', () => {
    const json = publicPayloadJson(
      {
        name: 'Deals',
        config: { type: 'bar', x: { property: 's' }, y: [{ aggregation: 'count' }] },
      },
      data,
      new Date('2026-01-02T00:00:00Z'),
    );
    expect(JSON.parse(json)).toEqual({
      name: 'Deals',
      type: 'bar',
      options: {},
      data,
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    expect(payloadEtag(json)).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('hash a chart the same whatever the key order of its config', () => {
    expect(
      chartSourceHash({ name: 'A', config: { type: 'number', y: [{ aggregation: 'count' }] } }),
    ).toBe(
      chartSourceHash({
        config: { y: [{ aggregation: 'count' }], type: 'number' },
        name: 'A',
      } as never),
    );
  });

  it('tell data apart by content, not by when it was computed', () => {
    const later = { ...data, meta: { ...data.meta, computedAt: '2026-02-01T00:00:00.000Z' } };
    expect(sameChartData(data, later)).toBe(true);
    expect(sameChartData(data, { ...data, labels: ['Won', 'Other'] })).toBe(false);
  });

  it('round-trip through one Redis value, the body untouched', () => {
    const body = '{"name":"a\\nb"}';
    const decoded = decodePublicEntry(
      Buffer.from(encodePublicEntry({ etag: '"x"', origins: ['https://a.example'] }, body)),
    );
    expect(decoded?.meta).toEqual({ etag: '"x"', origins: ['https://a.example'] });
    expect(decoded?.body.toString()).toBe(body);
    expect(decodePublicEntry(Buffer.from('garbage'))).toBeNull();
  });
});
