import type {
  CalendarPeriod,
  FilterConfig,
  FilterOp,
  FilterValue,
  SchemaProperty,
} from '@notionchartkit/shared';
import { Field, type FieldControlProps, FieldProblem } from '../../../../components/ui/field';
import {
  filterOpOptions,
  type FilterValueInput,
  filterValueInput,
} from '../../builder/slot-options';
import { PropertySelect } from './property-select';
import type { SectionProps } from './section-props';

const OP_NAMES: Record<FilterOp, string> = {
  eq: 'is',
  neq: 'is not',
  contains: 'contains',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  is_empty: 'is empty',
  is_not_empty: 'is not empty',
  in_last_days: 'is within the last … days',
  in_current: 'is in the current …',
};

const PERIODS: readonly CalendarPeriod[] = ['week', 'month', 'quarter', 'year'];

/** A value that fits the new op, or none, so a changed op never carries a stale value along. */
function defaultValue(input: FilterValueInput, property: SchemaProperty): FilterValue | undefined {
  switch (input) {
    case 'none':
    case 'text':
    case 'number':
    case 'date':
      return undefined;
    case 'boolean':
      return true;
    case 'days':
      return 30;
    case 'period':
      return 'month';
    case 'option':
      return property.options?.[0]?.name;
  }
}

/** Rows to keep, all conditions together. */
export function FilterFields({ config, schema, errors, onChange }: SectionProps) {
  const filters = config.filters ?? [];
  const setFilters = (next: FilterConfig[]) =>
    onChange({ ...config, filters: next.length > 0 ? next : undefined });
  const update = (index: number, filter: FilterConfig) =>
    setFilters(filters.map((each, at) => (at === index ? filter : each)));

  const withOp = (filter: FilterConfig, op: FilterOp): FilterConfig => {
    const property = schema.find((each) => each.id === filter.property);
    const value = property
      ? defaultValue(filterValueInput(schema, property, op), property)
      : undefined;
    return { property: filter.property, op, ...(value === undefined ? {} : { value }) };
  };
  const withProperty = (propertyId: string | undefined): FilterConfig => {
    const ops = filterOpOptions(schema, propertyId);
    const base = { property: propertyId ?? '', op: ops[0] ?? 'eq' };
    return ops[0] ? withOp(base, ops[0]) : base;
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Filters</legend>
      {filters.length === 0 && (
        <p className="muted">Every row counts. Add a filter to narrow it.</p>
      )}
      {filters.map((filter, index) => {
        const field = `config.filters.${index}`;
        const n = index + 1;
        const which = <span className="visually-hidden"> of filter {n}</span>;
        const property = schema.find((each) => each.id === filter.property);
        const input = property ? filterValueInput(schema, property, filter.op) : 'none';
        return (
          <div key={index} className="repeat-row">
            <Field label={<>Property{which}</>} error={errors[`${field}.property`]}>
              {(control) => (
                <PropertySelect
                  control={control}
                  schema={schema}
                  options={schema}
                  value={filter.property || undefined}
                  onChange={(id) => update(index, withProperty(id))}
                />
              )}
            </Field>
            {property && (
              <Field label={<>Condition{which}</>} error={errors[`${field}.op`]}>
                {(control) => (
                  <select
                    {...control}
                    className="select"
                    value={filter.op}
                    onChange={(event) =>
                      update(index, withOp(filter, event.target.value as FilterOp))
                    }
                  >
                    {filterOpOptions(schema, property.id).map((op) => (
                      <option key={op} value={op}>
                        {OP_NAMES[op]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {property && input !== 'none' && (
              <Field label={<>Value{which}</>} error={errors[`${field}.value`]}>
                {(control) => (
                  <FilterValueControl
                    control={control}
                    input={input}
                    property={property}
                    value={filter.value}
                    onChange={(value) => {
                      const { value: _previous, ...rest } = filter;
                      update(index, value === undefined ? rest : { ...rest, value });
                    }}
                  />
                )}
              </Field>
            )}
            <button
              type="button"
              className="button button--quiet button--small repeat-row__remove"
              onClick={() => setFilters(filters.filter((_, at) => at !== index))}
            >
              Remove<span className="visually-hidden"> filter {n}</span>
            </button>
            {errors[field] && <FieldProblem problem={errors[field]} />}
          </div>
        );
      })}
      <button
        type="button"
        className="button button--small"
        onClick={() => setFilters([...filters, withProperty(schema[0]?.id)])}
        disabled={schema.length === 0}
      >
        Add filter
      </button>
    </fieldset>
  );
}

function FilterValueControl({
  control,
  input,
  property,
  value,
  onChange,
}: {
  control: FieldControlProps;
  input: Exclude<FilterValueInput, 'none'>;
  property: SchemaProperty;
  value: FilterValue | undefined;
  onChange: (value: FilterValue | undefined) => void;
}) {
  switch (input) {
    case 'boolean':
      return (
        <select
          {...control}
          className="select"
          value={String(value ?? true)}
          onChange={(event) => onChange(event.target.value === 'true')}
        >
          <option value="true">Checked</option>
          <option value="false">Unchecked</option>
        </select>
      );
    case 'period':
      return (
        <select
          {...control}
          className="select"
          value={String(value ?? 'month')}
          onChange={(event) => onChange(event.target.value)}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {period}
            </option>
          ))}
        </select>
      );
    case 'option':
      return (
        <select
          {...control}
          className="select"
          value={String(value ?? '')}
          onChange={(event) => onChange(event.target.value)}
        >
          {(property.options ?? []).map((option) => (
            <option key={option.name} value={option.name}>
              {option.name}
            </option>
          ))}
        </select>
      );
    case 'number':
    case 'days':
      return (
        <input
          {...control}
          className="input"
          type="number"
          inputMode="decimal"
          step={input === 'days' ? 1 : 'any'}
          min={input === 'days' ? 1 : undefined}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) =>
            onChange(event.target.value === '' ? undefined : Number(event.target.value))
          }
        />
      );
    case 'date':
      return (
        <input
          {...control}
          className="input"
          type="date"
          value={typeof value === 'string' ? value.slice(0, 10) : ''}
          onChange={(event) => onChange(event.target.value || undefined)}
        />
      );
    case 'text':
      return (
        <input
          {...control}
          className="input"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}
