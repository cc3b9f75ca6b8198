import { formatRelativeTime } from './relative-time';

const now = new Date('2026-03-01T12:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('formatRelativeTime', () => {
  it.each([
    [-10, 'just now'],
    [-180, '3 min ago'],
    [-2 * 3600, '2 hr ago'],
    [-26 * 3600, 'yesterday'],
    [12 * 60, 'in 12 min'],
    [-21 * 24 * 3600, '3 wk ago'],
  ])('%i s → %s', (seconds, expected) => {
    expect(formatRelativeTime(at(seconds), now)).toBe(expected);
  });
});
