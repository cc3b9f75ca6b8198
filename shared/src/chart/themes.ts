import type { Theme } from '../contracts';

export type ResolvedTheme = 'light' | 'dark';

export const NOTION_COLOR_NAMES = [
  'default',
  'gray',
  'brown',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'red',
] as const;
export type NotionColorName = (typeof NOTION_COLOR_NAMES)[number];

/** Notion's option colors, as strong enough fills for bars and slices on each theme. */
const NOTION_COLORS: Record<ResolvedTheme, Record<NotionColorName, string>> = {
  light: {
    default: '#a5a39d',
    gray: '#787774',
    brown: '#9f6b53',
    orange: '#d9730d',
    yellow: '#cb912f',
    green: '#448361',
    blue: '#337ea9',
    purple: '#9065b0',
    pink: '#c14c8a',
    red: '#d44c47',
  },
  dark: {
    default: '#6f6e69',
    gray: '#9b9b9b',
    brown: '#ba856f',
    orange: '#c77d48',
    yellow: '#ca9849',
    green: '#529e72',
    blue: '#5e87c9',
    purple: '#9d68d3',
    pink: '#d15796',
    red: '#df5452',
  },
};

/** Series without a color of their own take these in turn. */
const PALETTE_ORDER: readonly NotionColorName[] = [
  'blue',
  'orange',
  'green',
  'purple',
  'pink',
  'yellow',
  'red',
  'brown',
  'gray',
];

export interface ChartTheme {
  /** The page behind a solid chart (Notion's page background). */
  background: string;
  text: string;
  mutedText: string;
  grid: string;
  tooltipBackground: string;
  tooltipText: string;
  fontFamily: string;
  palette: readonly string[];
  /** `(empty)` and `Other` slices and bars: quiet, so real values stand out. */
  reservedColor: string;
}

const FONT_FAMILY =
  'ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif';

const THEMES: Record<ResolvedTheme, ChartTheme> = {
  light: {
    background: '#ffffff',
    text: '#37352f',
    mutedText: 'rgba(55, 53, 47, 0.65)',
    grid: 'rgba(55, 53, 47, 0.09)',
    tooltipBackground: '#ffffff',
    tooltipText: '#37352f',
    fontFamily: FONT_FAMILY,
    palette: PALETTE_ORDER.map((name) => NOTION_COLORS.light[name]),
    reservedColor: '#d3d1cb',
  },
  dark: {
    background: '#191919',
    text: 'rgba(255, 255, 255, 0.81)',
    mutedText: 'rgba(255, 255, 255, 0.46)',
    grid: 'rgba(255, 255, 255, 0.09)',
    tooltipBackground: '#252525',
    tooltipText: 'rgba(255, 255, 255, 0.81)',
    fontFamily: FONT_FAMILY,
    palette: PALETTE_ORDER.map((name) => NOTION_COLORS.dark[name]),
    reservedColor: '#474747',
  },
};

export function chartTheme(theme: ResolvedTheme): ChartTheme {
  return THEMES[theme];
}

/** A Notion option color (`green`) as a hex color on the theme; `undefined` for unknown names. */
export function notionColor(name: string, theme: ResolvedTheme): string | undefined {
  return (NOTION_COLORS[theme] as Partial<Record<string, string>>)[name];
}

/** `auto` follows the reader's system setting; the embed page passes `prefers-color-scheme`. */
export function resolveTheme(requested: Theme | undefined, prefersDark: boolean): ResolvedTheme {
  if (requested === 'light' || requested === 'dark') return requested;
  return prefersDark ? 'dark' : 'light';
}

/** `#rrggbb` (or `#rgb`) with an alpha, for area fills; other colors are returned as they are. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((offset) => parseInt(full.slice(offset, offset + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
