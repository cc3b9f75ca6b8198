import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who may scrape: nobody while `METRICS_TOKEN` is unset (the endpoint does not exist), else
 * whoever sends `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time.
 */
export function metricsAccess(
  token: string | null,
  authorization: string | undefined,
): 'allowed' | 'disabled' | 'denied' {
  if (token === null) return 'disabled';
  const [scheme, given] = (authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !given) return 'denied';
  return timingSafeEqual(digest(given), digest(token)) ? 'allowed' : 'denied';
}
