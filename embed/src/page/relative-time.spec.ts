import { updatedText } from './relative-time';

describe('updatedText', () => {
  const at = '2026-06-15T12:00:00.000Z';
  const after = (ms: number) => Date.parse(at) + ms;
  const MINUTE = 60_000;

  it.each([
    [-5 * MINUTE, 'Updated just now'],
    [59_999, 'Updated just now'],
    [MINUTE, 'Updated 1 min ago'],
    [3 * MINUTE + 59_000, 'Updated 3 min ago'],
    [60 * MINUTE, 'Updated 1 hour ago'],
    [23 * 60 * MINUTE, 'Updated 23 hours ago'],
    [24 * 60 * MINUTE, 'Updated 1 day ago'],
    [45 * 24 * 60 * MINUTE, 'Updated 1 month ago'],
    [400 * 24 * 60 * MINUTE, 'Updated 1 year ago'],
  ])('%i ms later: %s', (elapsed, text) => {
    expect(updatedText(at, after(elapsed))).toBe(text);
  });
});
