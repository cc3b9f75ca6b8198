import { plainFigure } from './plain-figure';

/** Notion number formats (`number.format`) → ISO 4217 codes. The list is open: unknown formats read as `number_with_commas`. */
export const NOTION_CURRENCIES: Readonly<Record<string, string>> = {
  dollar: 'USD',
  australian_dollar: 'AUD',
  canadian_dollar: 'CAD',
  singapore_dollar: 'SGD',
  euro: 'EUR',
  pound: 'GBP',
  yen: 'JPY',
  ruble: 'RUB',
  rupee: 'INR',
  won: 'KRW',
  yuan: 'CNY',
  real: 'BRL',
  lira: 'TRY',
  rupiah: 'IDR',
  franc: 'CHF',
  hong_kong_dollar: 'HKD',
  new_zealand_dollar: 'NZD',
  krona: 'SEK',
  norwegian_krone: 'NOK',
  mexican_peso: 'MXN',
  rand: 'ZAR',
  new_taiwan_dollar: 'TWD',
  danish_krone: 'DKK',
  zloty: 'PLN',
  baht: 'THB',
  forint: 'HUF',
  koruna: 'CZK',
  shekel: 'ILS',
  chilean_peso: 'CLP',
  philippine_peso: 'PHP',
  dirham: 'AED',
  colombian_peso: 'COP',
  riyal: 'SAR',
  ringgit: 'MYR',
  leu: 'RON',
  argentine_peso: 'ARS',
  uruguayan_peso: 'UYU',
  peruvian_sol: 'PEN',
};

export interface NumberFormatOptions {
  /** Short figures for ticks and data labels: `$1.2K`. */
  compact?: boolean;
  /** `Intl` locale; `en-US` when absent, so charts read the same on every machine. */
  locale?: string;
}

/** Shown where a measure has no value (an average over no rows). */
export const NO_VALUE = '—';

/** A format's `Intl` options, and its `Intl` formatter once a value needs one. */
interface Formatter {
  options: Intl.NumberFormatOptions;
  intl?: Intl.NumberFormat;
}

const formatters = new Map<string, Formatter>();

function intlOptions(format: string | undefined, compact: boolean): Intl.NumberFormatOptions {
  const shape: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
    : { maximumFractionDigits: 2 };
  const currency = format === undefined ? undefined : NOTION_CURRENCIES[format];
  // Full currency figures keep the currency's own decimals: $1,234.50 but ¥1,235.
  if (currency)
    return compact ? { ...shape, style: 'currency', currency } : { style: 'currency', currency };
  // Notion stores percents as fractions: 0.25 shows as 25%.
  if (format === 'percent') return { ...shape, style: 'percent' };
  if (format === 'number') return { ...shape, useGrouping: compact };
  return shape;
}

/** A finite value in a format: en-US plain figures without `Intl` (see `plainFigure`). */
function formatFinite(
  value: number,
  format: string | undefined,
  options: NumberFormatOptions,
): string {
  const locale = options.locale ?? 'en-US';
  const compact = options.compact === true;
  const cacheKey = `${locale}|${format ?? ''}|${compact}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = { options: intlOptions(format, compact) };
    formatters.set(cacheKey, formatter);
  }
  const plain = locale === 'en-US' ? plainFigure(value, formatter.options) : undefined;
  if (plain !== undefined) return plain;
  formatter.intl ??= new Intl.NumberFormat(locale, formatter.options);
  return formatter.intl.format(value);
}

/** A value as Notion shows its property: `$1,200.50`, `25%`, `1,234`; `—` for no value. */
export function formatNumber(
  value: number | null | undefined,
  format?: string,
  options: NumberFormatOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return formatFinite(value, format, options);
}

/** A share of a 100%-stacked label: `42.5%` (values are already percentages). */
export function formatShare(
  value: number | null | undefined,
  options: NumberFormatOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return `${formatFinite(Math.round(value * 10) / 10, undefined, { ...options, compact: false })}%`;
}

/**
 * The big figure of a `number` chart (`values[0]` of a series), in the series' format. Past a
 * million it switches to the compact form (`$1.2M`) unless told otherwise.
 */
export function formatNumberFigure(
  value: number | null | undefined,
  format?: string,
  options: NumberFormatOptions = {},
): string {
  const compact =
    options.compact ?? (value !== null && value !== undefined && Math.abs(value) >= 1e6);
  return formatNumber(value, format, { ...options, compact });
}
