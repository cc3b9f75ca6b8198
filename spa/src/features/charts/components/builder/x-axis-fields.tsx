import { DATE_BUCKETS, type DateBucket, type XAxisConfig } from '@notionchartkit/shared';
import { Field, FieldProblem } from '../../../../components/ui/field';
import { takesBinSize, takesBucket, xAxisOptions } from '../../builder/slot-options';
import { PropertySelect } from './property-select';
import type { SectionProps } from './section-props';

const BUCKET_NAMES: Record<DateBucket, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

/** The x axis: a property that fits the type, by date bucket for dates, by ranges for numbers. */
export function XAxisFields({ config, schema, errors, onChange }: SectionProps) {
  const { type, x } = config;
  if (type === 'number') return null;
  const property = x?.property;
  const circular = type === 'pie' || type === 'doughnut';
  const showBucket = type !== 'scatter' && takesBucket(schema, property);
  const showBins = type !== 'scatter' && takesBinSize(schema, property);
  // A date axis reads best by month to start with.
  const newX = (id: string): XAxisConfig =>
    type !== 'scatter' && takesBucket(schema, id)
      ? { property: id, bucket: 'month' }
      : { property: id };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{circular ? 'Slices' : 'X axis'}</legend>
      <Field
        label={circular ? 'One slice per' : 'Property on the x axis'}
        error={errors['config.x.property']}
      >
        {(control) => (
          <PropertySelect
            control={control}
            schema={schema}
            options={xAxisOptions(schema, type)}
            value={property}
            onChange={(id) => onChange({ ...config, x: id ? newX(id) : undefined })}
          />
        )}
      </Field>
      {showBucket && x && (
        <Field label="Date bucket" error={errors['config.x.bucket']}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={x.bucket ?? 'day'}
              onChange={(event) =>
                onChange({ ...config, x: { ...x, bucket: event.target.value as DateBucket } })
              }
            >
              {DATE_BUCKETS.map((bucket) => (
                <option key={bucket} value={bucket}>
                  {BUCKET_NAMES[bucket]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {showBins && x && (
        <Field
          label="Bin size"
          hint="Group numbers into ranges of this width; leave empty for one bar per value."
          error={errors['config.x.binSize']}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={x.binSize ?? ''}
              onChange={(event) => {
                const { binSize: _previous, ...rest } = x;
                const value = event.target.value;
                onChange({
                  ...config,
                  x: value === '' ? rest : { ...rest, binSize: Number(value) },
                });
              }}
            />
          )}
        </Field>
      )}
      {errors['config.x'] && <FieldProblem problem={errors['config.x']} />}
    </fieldset>
  );
}
