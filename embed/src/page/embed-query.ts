import type { PageOverrides } from './page-state';

const THEMES = ['light', 'dark', 'auto'] as const;
const BACKGROUNDS = ['solid', 'transparent'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((option) => option === value);
}

/** `?theme=light|dark|auto&bg=transparent|solid` from the page URL; anything else is ignored. */
export function parseEmbedQuery(query: Readonly<Record<string, unknown>>): PageOverrides {
  const overrides: PageOverrides = {};
  const theme = oneOf(THEMES, query.theme);
  const background = oneOf(BACKGROUNDS, query.bg);
  if (theme) overrides.theme = theme;
  if (background) overrides.background = background;
  return overrides;
}
