import type { ChartConfig, SortConfig } from '@notionchartkit/shared';
import { Field } from '../../../../components/ui/field';
import type { SectionProps } from './section-props';

const SORTS: readonly { value: string; label: string; sort?: SortConfig }[] = [
  { value: '', label: 'Natural order' },
  { value: 'label:asc', label: 'Label, A to Z', sort: { by: 'label', direction: 'asc' } },
  { value: 'label:desc', label: 'Label, Z to A', sort: { by: 'label', direction: 'desc' } },
  { value: 'value:desc', label: 'Value, high to low', sort: { by: 'value', direction: 'desc' } },
  { value: 'value:asc', label: 'Value, low to high', sort: { by: 'value', direction: 'asc' } },
];

type Stacking = NonNullable<ChartConfig['stacked']>;

/** Order, top-N, running totals and stacking: only for charts with an axis of labels. */
export function ArrangementFields({ config, errors, onChange }: SectionProps) {
  const { type } = config;
  if (type === 'number' || type === 'scatter') return null;
  const stackable = type === 'bar' || type === 'line' || type === 'area';
  const sortValue = config.sort ? `${config.sort.by}:${config.sort.direction}` : '';
  const stacking = String(config.stacked ?? false);

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Order and totals</legend>
      <div className="field-row">
        <Field
          label="Sort"
          error={
            errors['config.sort.by'] ?? errors['config.sort.direction'] ?? errors['config.sort']
          }
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={sortValue}
              onChange={(event) =>
                onChange({
                  ...config,
                  sort: SORTS.find((each) => each.value === event.target.value)?.sort,
                })
              }
            >
              {SORTS.map((each) => (
                <option key={each.value} value={each.value}>
                  {each.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Limit"
          hint="Keep the top N labels; the rest are folded into “Other”."
          error={errors['config.limit']}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              placeholder="No limit"
              value={config.limit ?? ''}
              onChange={(event) =>
                onChange({
                  ...config,
                  limit: event.target.value === '' ? undefined : Number(event.target.value),
                })
              }
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        {stackable && (
          <Field label="Stacking" error={errors['config.stacked']}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={stacking}
                onChange={(event) => {
                  const value = event.target.value;
                  const stacked: Stacking = value === 'percent' ? 'percent' : value === 'true';
                  onChange({ ...config, stacked: stacked || undefined });
                }}
              >
                <option value="false">Side by side</option>
                <option value="true">Stacked</option>
                <option value="percent">Stacked to 100%</option>
              </select>
            )}
          </Field>
        )}
        <Field label="Running total" error={errors['config.cumulative']} className="field--check">
          {(control) => (
            <input
              {...control}
              type="checkbox"
              className="checkbox"
              checked={config.cumulative === true}
              onChange={(event) =>
                onChange({ ...config, cumulative: event.target.checked || undefined })
              }
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
