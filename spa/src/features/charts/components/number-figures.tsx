import { type ChartPayload, formatNumberFigure, formatShare } from '@notionchartkit/shared';

/** A `number` chart: one big figure per measure, in its Notion format. */
export function NumberFigures({ payload }: { payload: ChartPayload }) {
  const { data } = payload;
  return (
    <div className="number-figures" aria-hidden="true">
      {payload.options?.title && <p className="number-figures__title">{payload.options.title}</p>}
      <div className="number-figures__row">
        {data.series.map((series) => (
          <div key={series.key} className="number-figures__item">
            <span className="number-figures__value">
              {data.meta.stacked === 'percent'
                ? formatShare(series.values?.[0])
                : formatNumberFigure(series.values?.[0], series.format)}
            </span>
            <span className="number-figures__label">{series.label}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
