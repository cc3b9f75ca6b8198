import { type ChartPayload, isChartJsType, type ResolvedTheme } from '@notionchartkit/shared';
import { ChartCanvas } from './chart-canvas';
import { ChartDataTable } from './chart-data-table';
import { NumberFigures } from './number-figures';

/** A chart as the embed shows it, on its theme's surface, with its data table for assistive tech. */
export function ChartFigure({ payload, theme }: { payload: ChartPayload; theme: ResolvedTheme }) {
  return (
    <figure className={`chart-figure chart-figure--${theme}`}>
      {isChartJsType(payload.type) ? (
        <ChartCanvas payload={payload} theme={theme} />
      ) : (
        <NumberFigures payload={payload} />
      )}
      <ChartDataTable payload={payload} caption={`Data of ${payload.name || 'the chart'}`} />
    </figure>
  );
}
