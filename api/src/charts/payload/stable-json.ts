/**
 * JSON with object keys sorted at every depth, so the same value always gives the same text:
 * configs and data read back from jsonb (which reorders keys) hash and compare equal to the
 * objects they were written from. Like `JSON.stringify`, it drops `undefined` properties.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => stableStringify(item)).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const item = (value as Record<string, unknown>)[key];
      return item === undefined ? [] : [`${JSON.stringify(key)}:${stableStringify(item)}`];
    });
  return `{${entries.join(',')}}`;
}
