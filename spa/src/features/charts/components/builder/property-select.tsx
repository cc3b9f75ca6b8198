import type { SchemaProperty } from '@notionchartkit/shared';
import type { FieldControlProps } from '../../../../components/ui/field';
import { propertyTypeName } from '../../../../components/ui/property-type-icon';

/**
 * A select over the properties that fit a slot. A value that does not fit (a saved chart whose
 * schema changed) stays visible, marked, so the problem under it makes sense.
 */
export function PropertySelect({
  control,
  schema,
  options,
  value,
  onChange,
  noneLabel,
}: {
  control: FieldControlProps;
  schema: readonly SchemaProperty[];
  options: readonly SchemaProperty[];
  value: string | undefined;
  onChange: (propertyId: string | undefined) => void;
  /** Offered as the empty choice; without it the empty choice asks to choose. */
  noneLabel?: string;
}) {
  const stray =
    value !== undefined && !options.some((option) => option.id === value)
      ? (schema.find((property) => property.id === value)?.name ?? 'A deleted property')
      : null;
  return (
    <select
      {...control}
      className="select"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">{noneLabel ?? 'Choose a property…'}</option>
      {stray !== null && <option value={value}>{stray} (not available here)</option>}
      {options.map((property) => (
        <option key={property.id} value={property.id}>
          {property.name} ({propertyTypeName(property)})
        </option>
      ))}
    </select>
  );
}
