import { HttpStatus, Injectable } from '@nestjs/common';
import { parseEmbedQuery } from '@notionchartkit/embed/page';
import type { PublicChartPayload } from '@notionchartkit/shared';
import { chartIframe, chartPageUrl, embedHeight } from '../charts/chart-embed';
import { AppConfig } from '../core/config/app-config';
import { ApiException, notFound } from '../core/http/api-error';
import type { OEmbedDto } from './dto/public-chart.dto';
import { PublicChartCache } from './public-chart-cache.service';

const DEFAULT_WIDTH = 800;
/** How long consumers may keep the answer: the iframe shows live data whatever they keep. */
const CACHE_AGE_SECONDS = 3600;

export interface OEmbedRequest {
  url: string | undefined;
  format: string | undefined;
  maxwidth: string | undefined;
  maxheight: string | undefined;
}

/** A positive whole number of pixels, or `undefined` for anything else. */
function pixels(value: string | undefined): number | undefined {
  const parsed = value !== undefined && /^\d{1,5}$/.test(value) ? Number(value) : 0;
  return parsed > 0 ? parsed : undefined;
}

/**
 * oEmbed (https://oembed.com) for chart page URLs: tools that support it turn a pasted
 * `…/e/<key>` into the live chart. `?theme=` and `?bg=` on the URL carry into the iframe.
 */
@Injectable()
export class OEmbedService {
  constructor(
    private readonly cache: PublicChartCache,
    private readonly config: AppConfig,
  ) {}

  async describe(request: OEmbedRequest): Promise<OEmbedDto> {
    if (request.format !== undefined && request.format !== 'json') {
      throw new ApiException(HttpStatus.NOT_IMPLEMENTED, 'Only format=json is supported', [
        { field: 'format', problem: 'must be json' },
      ]);
    }
    const page = this.chartPage(request.url);
    const chart = page ? await this.cache.get(page.publicKey) : null;
    if (!page || chart?.state !== 'public') throw notFound('Chart');
    const payload = JSON.parse(chart.body.toString('utf8')) as PublicChartPayload;
    const maxWidth = pixels(request.maxwidth);
    const maxHeight = pixels(request.maxheight);
    const height = Math.min(embedHeight(payload.type), maxHeight ?? Infinity);
    const src = chartPageUrl(this.config.http.appUrl, page.publicKey) + page.search;
    return {
      version: '1.0',
      type: 'rich',
      title: payload.name,
      provider_name: 'NotionChartKit',
      provider_url: this.config.http.appUrl,
      html: chartIframe(src, payload.name, height),
      width: Math.min(DEFAULT_WIDTH, maxWidth ?? Infinity),
      height,
      cache_age: CACHE_AGE_SECONDS,
    };
  }

  /** The key and look of `APP_URL/e/<key>[?theme=…&bg=…]`; `null` for any other URL. */
  private chartPage(url: string | undefined): { publicKey: string; search: string } | null {
    const prefix = chartPageUrl(this.config.http.appUrl, '');
    if (!url?.startsWith(prefix)) return null;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    const publicKey = url.slice(prefix.length).split(/[/?#]/)[0] ?? '';
    const look = parseEmbedQuery(Object.fromEntries(parsed.searchParams));
    const search = new URLSearchParams({
      ...(look.theme ? { theme: look.theme } : {}),
      ...(look.background ? { bg: look.background } : {}),
    }).toString();
    return { publicKey, search: search ? `?${search}` : '' };
  }
}
