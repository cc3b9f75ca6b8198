import type {
  ChartConfiguration,
  ChartDataset,
  ChartType as ChartJsType,
  FontSpec,
  Plugin,
  TooltipItem,
} from 'chart.js';
import type { ChartData, ChartOptions, ChartType, Series } from '../contracts';
import {
  dataLabelsPlugin,
  type DataLabelStyle,
  referenceLinesPlugin,
  solidBackgroundPlugin,
} from './chartjs-plugins';
import { formatLabel, truncateLabel } from './label-format';
import { isTrailingLabel } from './reserved-labels';
import { chartTheme, type ChartTheme, notionColor, type ResolvedTheme, withAlpha } from './themes';
import { scatterXFormatter, seriesValueFormatter } from './value-format';

/** What renderers draw from: the public payload's `type`, `options` and `data` (and its name). */
export interface ChartPayload {
  type: ChartType;
  name?: string;
  options?: ChartOptions;
  data: ChartData;
}

/** Every type but `number`, which is a figure, not a Chart.js chart (see `formatNumberFigure`). */
export type ChartJsChartType = Exclude<ChartType, 'number'>;

export interface ChartRenderEnv {
  /** Resolved by the renderer (`resolveTheme`): `auto` follows `prefers-color-scheme`. */
  theme: ResolvedTheme;
  /** Overrides `options.background`; Notion embeds pass `transparent`. */
  background?: 'solid' | 'transparent';
  /** `Intl` locale for numbers and dates; `en-US` when absent. */
  locale?: string;
  /** `false` to draw at once (server-side images, reduced motion). */
  animation?: boolean;
}

export function isChartJsType(type: ChartType): type is ChartJsChartType {
  return type !== 'number';
}

/** Everything the per-type builders share, worked out once. */
interface BuildContext {
  data: ChartData;
  options: ChartOptions;
  env: ChartRenderEnv;
  theme: ChartTheme;
  font: Partial<FontSpec>;
  labels: string[];
  locale: string;
  plugins: Plugin<ChartJsType>[];
}

/**
 * A Chart.js configuration for a chart payload: Notion-like light or dark look, Notion option
 * colors for series and slices that have them, number formats from the Notion property, date
 * labels for people, and small inline plugins for the background, data labels and reference
 * lines (nothing to register).
 */
export function buildChartJsConfig(
  payload: ChartPayload & { type: ChartJsChartType },
  env: ChartRenderEnv,
): ChartConfiguration {
  switch (payload.type) {
    case 'pie':
    case 'doughnut':
      return circularChartJsConfig(payload, payload.type, env);
    case 'scatter':
      return scatterChartJsConfig(payload, env);
    case 'bar':
    case 'line':
    case 'area':
      return cartesianChartJsConfig(payload, payload.type, env);
  }
}

// `buildChartJsConfig` for one family of chart types each: a renderer that draws one type
// bundles only its family's builder.

export function cartesianChartJsConfig(
  payload: ChartPayload,
  type: 'bar' | 'line' | 'area',
  env: ChartRenderEnv,
): ChartConfiguration {
  return cartesianConfig(buildContext(payload, env), type);
}

export function circularChartJsConfig(
  payload: ChartPayload,
  type: 'pie' | 'doughnut',
  env: ChartRenderEnv,
): ChartConfiguration {
  return circularConfig(buildContext(payload, env), type);
}

export function scatterChartJsConfig(
  payload: ChartPayload,
  env: ChartRenderEnv,
): ChartConfiguration {
  return scatterConfig(buildContext(payload, env));
}

function buildContext(payload: ChartPayload, env: ChartRenderEnv): BuildContext {
  const theme = chartTheme(env.theme);
  const options = payload.options ?? {};
  const context: BuildContext = {
    data: payload.data,
    options,
    env,
    theme,
    font: { family: theme.fontFamily, size: 12 },
    labels: payload.data.labels.map((label) => formatLabel(label, payload.data.meta.xAxis)),
    locale: env.locale ?? 'en-US',
    plugins: [],
  };
  if ((env.background ?? options.background ?? 'solid') === 'solid') {
    context.plugins.push(solidBackgroundPlugin(theme.background));
  }
  return context;
}

/**
 * `options.colors` first, then the Notion option color (of a group for series, of the label for
 * slices and single-series bars), quiet gray for `(empty)` and `Other`, then the palette.
 */
function pickColor(
  context: BuildContext,
  index: number,
  optionColor: string | null | undefined,
  label: string,
): string {
  const custom = context.options.colors;
  if (custom && custom.length > 0) return custom[index % custom.length];
  const notion = optionColor ? notionColor(optionColor, context.env.theme) : undefined;
  if (notion) return notion;
  if (isTrailingLabel(label)) return context.theme.reservedColor;
  return context.theme.palette[index % context.theme.palette.length];
}

function seriesColor(context: BuildContext, series: Series, index: number): string {
  return pickColor(context, index, series.color, series.label);
}

function labelColorList(context: BuildContext): string[] {
  const { labels, labelColors } = context.data;
  return labels.map((label, index) => pickColor(context, index, labelColors?.[index], label));
}

/**
 * Chart.js's configuration types are invariant in the chart type (callbacks take the type's
 * context), so a pie configuration is not a `ChartConfiguration` to the compiler, though the
 * `type` field keeps each one right for Chart.js at run time.
 */
function widened<T extends ChartJsType>(config: ChartConfiguration<T>): ChartConfiguration {
  return config as unknown as ChartConfiguration;
}

/** Chart.js types plugins per chart type; ours draw on any type. */
function pluginsFor<T extends ChartJsType>(context: BuildContext): Plugin<T>[] {
  return context.plugins as Plugin<T>[];
}

function commonOptions(context: BuildContext) {
  const { theme, font } = context;
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale: context.locale,
    color: theme.text,
    font,
    ...(context.env.animation === false ? { animation: false as const } : {}),
    layout: { padding: 8 },
  };
}

function titlePlugin(context: BuildContext) {
  const { options, theme, font } = context;
  return options.title
    ? {
        display: true,
        text: options.title,
        color: theme.text,
        align: 'start' as const,
        font: { ...font, size: 14, weight: 600 },
        padding: { bottom: 12 },
      }
    : { display: false };
}

function legendPlugin(context: BuildContext, shownByDefault: boolean) {
  const { options, theme, font } = context;
  return {
    display: options.legend ?? shownByDefault,
    position: 'bottom' as const,
    labels: {
      color: theme.text,
      font,
      usePointStyle: true,
      pointStyle: 'circle' as const,
      boxWidth: 8,
      boxHeight: 8,
      padding: 16,
    },
  };
}

function tooltipStyle(context: BuildContext) {
  const { theme, font } = context;
  return {
    backgroundColor: theme.tooltipBackground,
    titleColor: theme.tooltipText,
    bodyColor: theme.tooltipText,
    borderColor: theme.grid,
    borderWidth: 1,
    cornerRadius: 6,
    padding: 8,
    titleFont: { ...font, weight: 600 },
    bodyFont: font,
    usePointStyle: true,
    boxPadding: 4,
  };
}

function axisTitle(context: BuildContext, text: string | undefined) {
  return text
    ? { display: true, text, color: context.theme.mutedText, font: context.font }
    : { display: false };
}

/** The value axis' bounds: `yMin`/`yMax` as set, 0–100 for shares, room for reference lines. */
function valueBounds(context: BuildContext) {
  const { options, data } = context;
  if (data.meta.stacked === 'percent') return { min: 0, max: 100 };
  const references = (options.referenceLines ?? []).map((line) => line.value);
  return {
    ...(options.yMin === undefined ? {} : { min: options.yMin }),
    ...(options.yMax === undefined ? {} : { max: options.yMax }),
    ...(references.length > 0
      ? { suggestedMin: Math.min(0, ...references), suggestedMax: Math.max(...references) }
      : {}),
  };
}

function addOverlayPlugins(
  context: BuildContext,
  valueScaleId: 'x' | 'y',
  placement: DataLabelStyle['placement'] | null,
): void {
  const { options, theme, data, locale } = context;
  const fontText = `${context.font.size ?? 12}px ${theme.fontFamily}`;
  const formatters = data.series.map((series) =>
    seriesValueFormatter(data, series, { locale, compact: true }),
  );
  if (options.dataLabels && placement) {
    context.plugins.push(
      dataLabelsPlugin({
        placement,
        color: theme.text,
        insideColor: '#ffffff',
        font: fontText,
        format: (value, datasetIndex) => formatters[datasetIndex](value),
      }),
    );
  }
  const lines = options.referenceLines ?? [];
  if (lines.length > 0) {
    // Shares on a 100% stack, else the first series' format, as on the value axis.
    const format = (value: number) => formatters[0]?.(value) ?? String(value);
    context.plugins.push(
      referenceLinesPlugin(lines, {
        scaleId: valueScaleId,
        color: theme.mutedText,
        font: fontText,
        format,
      }),
    );
  }
}

function cartesianConfig(context: BuildContext, type: 'bar' | 'line' | 'area'): ChartConfiguration {
  const { data, options, theme, font, labels, locale } = context;
  const horizontal = type === 'bar' && options.horizontal === true;
  const stacked = data.meta.stacked !== undefined;
  const valueScaleId = horizontal ? 'x' : 'y';
  const manyPoints = labels.length > 40;
  const labelColors =
    type === 'bar' && data.series.length === 1 && data.labelColors ? labelColorList(context) : null;
  const datasets = data.series.map((series, index): ChartDataset<'bar' | 'line'> => {
    const color = seriesColor(context, series, index);
    const values = series.values ?? [];
    if (type === 'bar') {
      return {
        type: 'bar',
        label: series.label,
        data: values,
        backgroundColor: labelColors ?? color,
        borderRadius: 3,
        maxBarThickness: 56,
      };
    }
    return {
      type: 'line',
      label: series.label,
      data: values,
      borderColor: color,
      backgroundColor: type === 'area' ? withAlpha(color, stacked ? 0.45 : 0.2) : color,
      fill: type === 'area' ? (stacked && index > 0 ? '-1' : 'origin') : false,
      tension: 0.25,
      borderWidth: 2,
      pointRadius: manyPoints ? 0 : 3,
      pointHoverRadius: 5,
    };
  });

  const valueFormatters = data.series.map((series) =>
    seriesValueFormatter(data, series, { locale }),
  );
  const tickFormat = seriesValueFormatter(data, data.series[0], { locale, compact: true });
  const categoryScale = {
    type: 'category' as const,
    stacked,
    grid: { display: false },
    border: { color: theme.grid },
    title: axisTitle(context, options.xLabel),
    ticks: {
      color: theme.mutedText,
      font,
      autoSkip: true,
      maxRotation: horizontal ? 0 : 45,
      callback: (value: number | string) => truncateLabel(labels[Number(value)] ?? String(value)),
    },
  };
  const valueScale = {
    type: 'linear' as const,
    stacked,
    beginAtZero: true,
    ...valueBounds(context),
    grid: { color: theme.grid },
    border: { display: false },
    title: axisTitle(context, options.yLabel),
    ticks: {
      color: theme.mutedText,
      font,
      callback: (value: number | string) => tickFormat(Number(value)),
    },
  };
  addOverlayPlugins(
    context,
    valueScaleId,
    horizontal
      ? stacked
        ? 'inside-horizontal'
        : 'right'
      : stacked && type === 'bar'
        ? 'inside-vertical'
        : 'above',
  );

  const config: ChartConfiguration<'bar' | 'line'> = {
    type: type === 'bar' ? 'bar' : 'line',
    data: { labels, datasets },
    options: {
      ...commonOptions(context),
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      scales: horizontal
        ? { x: valueScale, y: categoryScale }
        : { x: categoryScale, y: valueScale },
      plugins: {
        title: titlePlugin(context),
        legend: legendPlugin(context, data.series.length > 1),
        tooltip: {
          ...tooltipStyle(context),
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) =>
              `${item.dataset.label ?? ''}: ${valueFormatters[item.datasetIndex](item.raw as number | null)}`,
          },
        },
      },
    },
    plugins: pluginsFor<'bar' | 'line'>(context),
  };
  return widened(config);
}

function circularConfig(context: BuildContext, type: 'pie' | 'doughnut'): ChartConfiguration {
  const { data, theme, labels, locale } = context;
  const colors = labelColorList(context);
  const formatters = data.series.map((series) => seriesValueFormatter(data, series, { locale }));
  addOverlayPlugins(context, 'y', 'slice');
  const config: ChartConfiguration<'pie' | 'doughnut'> = {
    type,
    data: {
      labels,
      datasets: data.series.map((series) => ({
        label: series.label,
        data: (series.values ?? []).map((value) => value ?? 0),
        backgroundColor: colors,
        borderColor: theme.background,
        borderWidth: 2,
        hoverOffset: 4,
      })),
    },
    options: {
      ...commonOptions(context),
      ...(type === 'doughnut' ? { cutout: '60%' } : {}),
      plugins: {
        title: titlePlugin(context),
        legend: legendPlugin(context, true),
        tooltip: {
          ...tooltipStyle(context),
          callbacks: {
            label: (item: TooltipItem<'pie' | 'doughnut'>) => {
              const values = item.dataset.data;
              const total = values.reduce((sum, value) => sum + value, 0);
              const value = values[item.dataIndex];
              const share = total === 0 ? 0 : Math.round((value / total) * 1000) / 10;
              const name =
                data.series.length > 1 ? `${item.dataset.label ?? ''} · ${item.label}` : item.label;
              return `${name}: ${formatters[item.datasetIndex](value)} (${share}%)`;
            },
          },
        },
      },
    },
    plugins: pluginsFor<'pie' | 'doughnut'>(context),
  };
  return widened(config);
}

function scatterConfig(context: BuildContext): ChartConfiguration {
  const { data, options, theme, font, locale } = context;
  const xFormat = scatterXFormatter(data, { locale });
  const xTickFormat = scatterXFormatter(data, { locale, compact: true });
  const yFormatters = data.series.map((series) => seriesValueFormatter(data, series, { locale }));
  const yTickFormat = seriesValueFormatter(data, data.series[0], { locale, compact: true });
  addOverlayPlugins(context, 'y', null);
  const scale = (title: string | undefined, format: (value: number) => string) => ({
    type: 'linear' as const,
    grid: { color: theme.grid },
    border: { display: false },
    title: axisTitle(context, title),
    ticks: {
      color: theme.mutedText,
      font,
      callback: (value: number | string) => format(Number(value)),
    },
  });
  const config: ChartConfiguration<'scatter'> = {
    type: 'scatter',
    data: {
      datasets: data.series.map((series, index) => {
        const color = seriesColor(context, series, index);
        return {
          label: series.label,
          data: (series.points ?? []).map(([x, y]) => ({ x, y })),
          backgroundColor: withAlpha(color, 0.7),
          borderColor: color,
          pointRadius: 3.5,
          pointHoverRadius: 5,
        };
      }),
    },
    options: {
      ...commonOptions(context),
      scales: {
        x: scale(options.xLabel, xTickFormat),
        y: { ...scale(options.yLabel, yTickFormat), ...valueBounds(context) },
      },
      plugins: {
        title: titlePlugin(context),
        legend: legendPlugin(context, data.series.length > 1),
        tooltip: {
          ...tooltipStyle(context),
          callbacks: {
            label: (item: TooltipItem<'scatter'>) =>
              `${item.dataset.label ?? ''}: ${xFormat(item.parsed.x ?? Number.NaN)}, ${yFormatters[item.datasetIndex](item.parsed.y)}`,
          },
        },
      },
    },
    plugins: pluginsFor<'scatter'>(context),
  };
  return widened(config);
}
