const UNITS = [
  { per: 60, one: 'min', many: 'min' },
  { per: 24, one: 'hour', many: 'hours' },
  { per: 30, one: 'day', many: 'days' },
  { per: 12, one: 'month', many: 'months' },
  { per: Infinity, one: 'year', many: 'years' },
] as const;

/** "Updated 3 min ago" for the page footer; a time ahead of `now` (clock skew) is "just now". */
export function updatedText(updatedAt: string, now: number): string {
  let value = Math.floor((now - Date.parse(updatedAt)) / 60_000);
  if (!(value >= 1)) return 'Updated just now';
  let index = 0;
  while (value >= UNITS[index].per) {
    value = Math.floor(value / UNITS[index].per);
    index++;
  }
  const unit = UNITS[index];
  return `Updated ${value} ${value === 1 ? unit.one : unit.many} ago`;
}
