import type { PublicChartPayload, Theme } from '@notionchartkit/shared';

export type PageBackground = 'solid' | 'transparent';

/** The look a reader asked for in the page URL (`?theme=`, `?bg=`); unset parts follow the chart. */
export interface PageOverrides {
  theme?: Theme;
  background?: PageBackground;
}

/** What the server hands the renderer, inlined as JSON in the page (`PAGE_IDS.state`). */
export interface PageState extends PageOverrides {
  publicKey: string;
  /** `null` while the chart waits for its first sync: the page reloads when it lands. */
  payload: PublicChartPayload | null;
  /** The module that rewrites the page's text for new data, loaded on the first update. */
  refreshContentUrl: string;
}

/** Element ids the server renders and the renderer finds. */
export const PAGE_IDS = {
  state: 'nck-state',
  content: 'nck-content',
  title: 'nck-title',
  chart: 'nck-chart',
  table: 'nck-table',
  updated: 'nck-updated',
} as const;

/** The URL's choice, else the owner's, else `auto` on a solid background. */
export function pageLook(
  overrides: PageOverrides,
  payload: PublicChartPayload | null,
): Required<PageOverrides> {
  return {
    theme: overrides.theme ?? payload?.options.theme ?? 'auto',
    background: overrides.background ?? payload?.options.background ?? 'solid',
  };
}
