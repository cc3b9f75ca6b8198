import { createHash, randomBytes, randomUUID } from 'node:crypto';

const COMPACT_UUID = /^[0-9a-f]{32}$/;

/** Notion accepts ids with or without hyphens and always answers with the hyphenated form. */
export function normalizeId(raw: string): string | null {
  const compact = raw.trim().toLowerCase().replace(/-/g, '');
  return COMPACT_UUID.test(compact) ? hyphenate(compact) : null;
}

function hyphenate(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Formats 16 bytes as a version-4 UUID so derived ids look like the ones Notion hands out. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return hyphenate(Buffer.from(b).toString('hex'));
}

/** The same key always gives the same id, across runs and machines. */
export function stableUuid(key: string): string {
  return uuidFromBytes(createHash('sha256').update(key).digest());
}

export function randomUuid(): string {
  return randomUUID();
}

export function randomSecret(prefix: string, bytes = 24): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** Characters of Notion's short property ids; most need percent-encoding, as in Notion. */
const PROPERTY_ID_CHARS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:;<=>?@[]^_`{|}~';

/** A short property id like Notion's (`%3AUPp`), stable for a given key. */
export function propertyIdFor(key: string): string {
  const digest = createHash('sha256').update(key).digest();
  let raw = '';
  for (let i = 0; i < 4; i++) raw += PROPERTY_ID_CHARS[digest[i] % PROPERTY_ID_CHARS.length];
  return encodeURIComponent(raw);
}
