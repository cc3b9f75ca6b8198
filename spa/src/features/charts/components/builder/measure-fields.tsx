import type { Aggregation, MeasureConfig } from '@notionchartkit/shared';
import { Field, FieldProblem } from '../../../../components/ui/field';
import { withAggregation } from '../../builder/chart-draft';
import { aggregationOptions, measurePropertyOptions } from '../../builder/slot-options';
import { PropertySelect } from './property-select';
import type { SectionProps } from './section-props';

const AGGREGATION_NAMES: Record<Aggregation, string> = {
  count: 'Count rows',
  count_distinct: 'Count distinct values',
  sum: 'Sum',
  avg: 'Average',
  median: 'Median',
  min: 'Minimum',
  max: 'Maximum',
};

const MAX_MEASURES = 8;

/** What each label (or the whole chart, for a number) shows: an aggregation over a property. */
export function MeasureFields({ config, schema, errors, onChange }: SectionProps) {
  const { type } = config;
  const scatter = type === 'scatter';
  const aggregations = aggregationOptions(schema);
  const setMeasures = (y: MeasureConfig[]) => onChange({ ...config, y });
  const update = (index: number, measure: MeasureConfig) =>
    setMeasures(config.y.map((each, at) => (at === index ? measure : each)));

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{scatter ? 'Y axis' : 'Measures'}</legend>
      {config.y.map((measure, index) => {
        const field = `config.y.${index}`;
        const n = index + 1;
        const which = <span className="visually-hidden"> of measure {n}</span>;
        const needsProperty = scatter || measure.aggregation !== 'count';
        return (
          <div key={index} className="repeat-row">
            {!scatter && (
              <Field label={<>Aggregation{which}</>} error={errors[`${field}.aggregation`]}>
                {(control) => (
                  <select
                    {...control}
                    className="select"
                    value={measure.aggregation}
                    onChange={(event) =>
                      update(
                        index,
                        withAggregation(measure, event.target.value as Aggregation, schema, type),
                      )
                    }
                  >
                    {aggregations.map((aggregation) => (
                      <option key={aggregation} value={aggregation}>
                        {AGGREGATION_NAMES[aggregation]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {needsProperty && (
              <Field label={<>Property{which}</>} error={errors[`${field}.property`]}>
                {(control) => (
                  <PropertySelect
                    control={control}
                    schema={schema}
                    options={measurePropertyOptions(schema, type, measure.aggregation)}
                    value={measure.property}
                    onChange={(property) => update(index, { ...measure, property })}
                  />
                )}
              </Field>
            )}
            <Field label={<>Label{which}</>} error={errors[`${field}.label`]}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  placeholder="Automatic"
                  value={measure.label ?? ''}
                  onChange={(event) => {
                    const { label: _previous, ...rest } = measure;
                    update(
                      index,
                      event.target.value ? { ...rest, label: event.target.value } : rest,
                    );
                  }}
                />
              )}
            </Field>
            {config.y.length > 1 && (
              <button
                type="button"
                className="button button--quiet button--small repeat-row__remove"
                onClick={() => setMeasures(config.y.filter((_, at) => at !== index))}
              >
                Remove<span className="visually-hidden"> measure {n}</span>
              </button>
            )}
            {errors[field] && <FieldProblem problem={errors[field]} />}
          </div>
        );
      })}
      {errors['config.y'] && <FieldProblem problem={errors['config.y']} />}
      {config.y.length < MAX_MEASURES && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setMeasures([
              ...config.y,
              // A second measure of the same kind repeats the first: offer a sum where one fits.
              withAggregation(
                { aggregation: 'count' },
                scatter || aggregations.includes('sum') ? 'sum' : 'count_distinct',
                schema,
                type,
              ),
            ])
          }
        >
          Add {scatter ? 'series' : 'measure'}
        </button>
      )}
    </fieldset>
  );
}
