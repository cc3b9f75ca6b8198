import { Metrics } from './metrics';

describe('Metrics', () => {
  it('counts public payloads by source, for the cache hit ratio', async () => {
    const metrics = new Metrics();
    for (const source of ['memory', 'redis', 'redis', 'snapshot'] as const) {
      metrics.publicChartServed(source);
    }
    const text = await metrics.registry.metrics();
    expect(text).toContain('public_chart_requests_total{source="redis"} 2');
    expect(text).toContain('public_chart_requests_total{source="snapshot"} 1');
  });

  it('classes Notion answers, counting 429s apart and failed attempts as network errors', async () => {
    const metrics = new Metrics();
    for (const status of [200, 429, 429, 503, null]) metrics.notionRequest('c-1', status);
    const text = await metrics.registry.metrics();
    expect(text).toContain('notion_requests_total{connection="c-1",status_class="4xx"} 2');
    expect(text).toContain(
      'notion_requests_total{connection="c-1",status_class="network_error"} 1',
    );
    expect(text).toContain('notion_rate_limited_total{connection="c-1"} 2');
  });
});
