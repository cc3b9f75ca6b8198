const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Alphabetical order of the contract: the `en` collator, then code points to break ties. */
export function compareText(a: string, b: string): number {
  const byCollator = collator.compare(a, b);
  if (byCollator !== 0) return byCollator;
  return a < b ? -1 : a > b ? 1 : 0;
}
