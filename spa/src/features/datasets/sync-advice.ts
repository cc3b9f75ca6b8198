/** What to do about a sync error, read from the API's message (which names the cause). */
export function syncErrorAdvice(message: string): string {
  const text = message.toLowerCase();
  if (/(unauthori[sz]ed|revoked|invalid token|401|api token is invalid)/.test(text)) {
    return 'Notion no longer accepts this workspace connection. Reconnect it on the Connections page, then press Sync now.';
  }
  if (/(not found|404|object_not_found|could not find|not shared|restricted)/.test(text)) {
    return 'The database is gone or no longer shared with NotionChartKit. In Notion, open the database, choose ••• → Connections and add the integration again, then press Sync now.';
  }
  if (/(rate.?limit|429|too many requests)/.test(text)) {
    return 'Notion asked us to slow down. The next sync retries on its own; nothing to do.';
  }
  if (/(5\d\d|unavailable|timeout|timed out|econn|network|bad gateway)/.test(text)) {
    return 'Notion could not be reached. Charts keep showing the last synced data; the next sync retries, or press Sync now to try at once.';
  }
  return 'Press Sync now to try again. If it keeps failing, check that the database is still shared with the integration in Notion.';
}
