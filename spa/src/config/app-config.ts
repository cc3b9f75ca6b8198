/** Where the REST API lives: the SPA is served by the API, so always the same origin. */
export const API_BASE = '/api';

/** A browser navigation (not a fetch): the API answers with a redirect to Notion's consent page. */
export const NOTION_SIGN_IN_URL = `${API_BASE}/auth/notion`;

/** While a dataset is pending or syncing, how often its status is read again. */
export const SYNC_POLL_MS = 2_000;

/** The largest page the rows endpoint serves; the preview reads every row in pages this big. */
export const ROWS_PAGE_SIZE = 200;

/** Rows per page in a dataset's row preview table. */
export const ROW_PREVIEW_PAGE_SIZE = 25;

/**
 * Past this many rows the builder asks the API for the preview instead of downloading every row
 * to compute it in the browser.
 */
export const MAX_BROWSER_PREVIEW_ROWS = 50_000;

/** How long the builder waits for typing to settle before asking the API for a preview. */
export const SERVER_PREVIEW_DEBOUNCE_MS = 300;
