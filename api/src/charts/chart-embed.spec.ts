import { chartEmbed, chartIframe } from './chart-embed';

describe('chart embed snippets', () => {
  const appUrl = 'https://charts.example.com';

  it('point at the chart page and the loader of APP_URL', () => {
    const embed = chartEmbed(appUrl, { publicKey: 'k'.repeat(24), name: 'Deals', type: 'bar' });
    expect(embed.url).toBe(`${appUrl}/e/${'k'.repeat(24)}`);
    expect(embed.script).toBe(
      `<script src="${appUrl}/embed.js" data-chart="${'k'.repeat(24)}" async></script>`,
    );
    expect(embed.iframe).toBe(
      `<iframe src="${embed.url}" title="Deals" loading="lazy" width="100%" height="400"` +
        ` style="width:100%;max-width:100%;height:400px;border:0"></iframe>`,
    );
  });

  it('give a figure a shorter frame', () => {
    const embed = chartEmbed(appUrl, { publicKey: 'k'.repeat(24), name: 'Total', type: 'number' });
    expect(embed.iframe).toContain('height="240"');
  });

  it('escape what could break out of an attribute', () => {
    expect(chartIframe('https://x.example/e/k?a=1&b="2"', '<b>"Q&A"</b>', 300)).toContain(
      'src="https://x.example/e/k?a=1&amp;b=&quot;2&quot;" title="&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt;"',
    );
  });
});
