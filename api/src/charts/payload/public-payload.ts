import type { ChartConfig, ChartData, PublicChartPayload } from '@notionchartkit/shared';
import { sha256Hex } from '../../core/crypto/sha256';
import { stableStringify } from './stable-json';

/**
 * What a snapshot was made for: the chart's name and config. A snapshot with another hash is
 * stale (the owner changed the chart since).
 */
export function chartSourceHash(chart: { name: string; config: ChartConfig }): string {
  return sha256Hex(stableStringify({ name: chart.name, config: chart.config }));
}

/**
 * The public body: the chart as its owner shows it and nothing else (no ids, no rows). Keys
 * are sorted, so equal payloads are equal strings and share an ETag.
 */
export function publicPayloadJson(
  chart: { name: string; config: ChartConfig },
  data: ChartData,
  updatedAt: Date,
): string {
  const payload: PublicChartPayload = {
    name: chart.name,
    type: chart.config.type,
    options: chart.config.options ?? {},
    data,
    updatedAt: updatedAt.toISOString(),
  };
  return stableStringify(payload);
}

/** A strong validator of the exact body bytes. */
export function payloadEtag(payload: string): string {
  return `"${sha256Hex(payload).slice(0, 32)}"`;
}

/** Whether two computations give the same chart, whenever each was computed. */
export function sameChartData(a: ChartData, b: ChartData): boolean {
  const withoutTime = (data: ChartData) => ({
    ...data,
    meta: { ...data.meta, computedAt: null },
  });
  return stableStringify(withoutTime(a)) === stableStringify(withoutTime(b));
}

/** The Redis key of a public payload (under the client's key prefix). */
export const publicPayloadKey = (publicKey: string): string => `chart-payload:${publicKey}`;

/** What the public endpoint needs besides the body, stored with it in one Redis value. */
export interface PublicPayloadMeta {
  etag: string;
  /** The chart's allowed origins; empty: any. */
  origins: string[];
}

const NEWLINE = 0x0a;

/**
 * One Redis value: the meta as one JSON line, then the body. JSON text has no raw newline, so
 * the first one ends the meta; the body is served as stored, never re-serialized.
 */
export function encodePublicEntry(meta: PublicPayloadMeta, payload: string): string {
  return `${JSON.stringify(meta)}\n${payload}`;
}

export function decodePublicEntry(value: Buffer): { meta: PublicPayloadMeta; body: Buffer } | null {
  const end = value.indexOf(NEWLINE);
  if (end < 0) return null;
  try {
    const meta = JSON.parse(value.toString('utf8', 0, end)) as PublicPayloadMeta;
    if (typeof meta.etag !== 'string' || !Array.isArray(meta.origins)) return null;
    return { meta, body: value.subarray(end + 1) };
  } catch {
    return null;
  }
}
