import type { SchemaProperty } from '@notionchartkit/shared';
import { PropertyTypeIcon, propertyTypeName } from '../../../components/ui/property-type-icon';

export function SchemaList({ schema }: { schema: readonly SchemaProperty[] }) {
  if (schema.length === 0) {
    return <p className="muted">The schema appears after the first sync.</p>;
  }
  return (
    <ul className="schema-list" aria-label="Properties">
      {schema.map((property) => (
        <li key={property.id} className="schema-list__item">
          <PropertyTypeIcon type={property.type} />
          <span className="schema-list__name">{property.name}</span>
          <span className="schema-list__type">
            {propertyTypeName(property)}
            {property.format && property.format !== 'number' ? ` · ${property.format}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
