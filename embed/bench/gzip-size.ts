import { gzipSync } from 'node:zlib';

/** Bytes after `gzip -9`, the measure of every size target. */
export function gzipSize(contents: Uint8Array | string): number {
  return gzipSync(contents, { level: 9 }).length;
}

/** `61,234 B` */
export function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} B`;
}
