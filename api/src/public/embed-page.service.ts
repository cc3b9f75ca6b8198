import { Injectable } from '@nestjs/common';
import {
  chartPageCsp,
  type ChartPageInput,
  parseEmbedQuery,
  renderChartPage,
} from '@notionchartkit/embed/page';
import type { PublicChartPayload } from '@notionchartkit/shared';
import { randomBytes } from 'node:crypto';
import { Clock } from '../core/clock/clock';
import { EmbedBundle } from './embed-bundle.service';
import { PublicChartCache } from './public-chart-cache.service';

export interface EmbedPage {
  status: 200 | 404;
  html: string;
  contentSecurityPolicy: string;
}

/**
 * `/e/:publicKey`: the chart page, from the same public payload as the data endpoint. Unknown
 * and private keys get the friendly page with status 404; a public chart whose dataset has not
 * synced yet gets a page that waits for its first update (200: the key is good).
 */
@Injectable()
export class EmbedPageService {
  constructor(
    private readonly cache: PublicChartCache,
    private readonly bundle: EmbedBundle,
    private readonly clock: Clock,
  ) {}

  async render(publicKey: string, query: Readonly<Record<string, unknown>>): Promise<EmbedPage> {
    const assets = this.bundle.renderer;
    const chart = await this.cache.serve(publicKey);
    const nonce = randomBytes(16).toString('base64');
    const look = parseEmbedQuery(query);
    let input: ChartPageInput;
    if (chart.state !== 'public') {
      input = { state: chart.state === 'private' ? 'private' : 'not_found', nonce, ...look };
    } else {
      const payload = JSON.parse(chart.body.toString('utf8')) as PublicChartPayload;
      input =
        payload.data.meta.datasetSyncedAt === null
          ? { state: 'not_synced', publicKey, assets, nonce, ...look }
          : {
              state: 'ready',
              publicKey,
              payload,
              assets,
              nonce,
              now: new Date(this.clock.now()),
              ...look,
            };
    }
    return {
      status: chart.state === 'public' ? 200 : 404,
      html: renderChartPage(input),
      // Only a public chart's own origins restrict framing; a 404 page may show anywhere.
      contentSecurityPolicy: chartPageCsp({
        nonce,
        frameAncestors: chart.state === 'public' ? chart.origins : [],
      }),
    };
  }
}
