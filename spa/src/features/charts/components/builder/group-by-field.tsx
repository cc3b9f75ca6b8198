import { Field, FieldProblem } from '../../../../components/ui/field';
import { groupByOptions } from '../../builder/slot-options';
import { PropertySelect } from './property-select';
import type { SectionProps } from './section-props';

/** One series per value of a property: stacked bars by owner, lines per stage. */
export function GroupByField({ config, schema, errors, onChange }: SectionProps) {
  if (config.type === 'number') return null;
  return (
    <div>
      <Field
        label="Split into series by"
        hint="One series per value, such as one line per stage."
        error={errors['config.groupBy.property']}
      >
        {(control) => (
          <PropertySelect
            control={control}
            schema={schema}
            options={groupByOptions(schema)}
            value={config.groupBy?.property}
            noneLabel="Nothing (one series)"
            onChange={(property) =>
              onChange({ ...config, groupBy: property ? { property } : undefined })
            }
          />
        )}
      </Field>
      {errors['config.groupBy'] && <FieldProblem problem={errors['config.groupBy']} />}
    </div>
  );
}
