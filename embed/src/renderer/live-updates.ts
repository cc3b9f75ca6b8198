const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Calls `onUpdate` on each `update` Server-Sent Event of the chart, and once more after every
 * reconnect, for the updates missed meanwhile. Polite to the server: after a failure it waits,
 * doubling the wait with jitter (EventSource's own retries would all come back at once after a
 * restart), and it lets go of the connection while the page is hidden.
 */
export function subscribeToUpdates(publicKey: string, onUpdate: () => void): void {
  const url = `/api/public/charts/${encodeURIComponent(publicKey)}/events`;
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let retryMs = FIRST_RETRY_MS;
  let missed = false;

  const disconnect = () => {
    clearTimeout(retry);
    source?.close();
    source = undefined;
    missed = true;
  };
  const connect = () => {
    source = new EventSource(url);
    source.addEventListener('update', onUpdate);
    source.addEventListener('open', () => {
      retryMs = FIRST_RETRY_MS;
      if (missed) onUpdate();
      missed = false;
    });
    source.addEventListener('error', () => {
      disconnect();
      retry = setTimeout(connect, retryMs * (0.5 + Math.random()));
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    });
  };

  document.addEventListener('visibilitychange', () => {
    if (document.hidden) disconnect();
    else if (!source) connect();
  });
  if (document.hidden) missed = true;
  else connect();
}
