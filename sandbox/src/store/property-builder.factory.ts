import { propertyIdFor, stableUuid } from '../core/ids.util';
import { quoted, validationError } from '../core/notion-error.error';
import type {
  FormulaDefinition,
  PropertySchema,
  RollupFunction,
  SelectColor,
  SelectOption,
  StatusGroup,
} from '../model/property.types';
import type { DataSourceRecord } from '../model/records.types';
import { findProperty, type WorkspaceStore } from './workspace.store';

export type OptionInput = string | { name: string; color?: SelectColor; description?: string };

type PlainType =
  | 'title'
  | 'rich_text'
  | 'date'
  | 'people'
  | 'files'
  | 'checkbox'
  | 'url'
  | 'email'
  | 'phone_number'
  | 'created_time'
  | 'created_by'
  | 'last_edited_time'
  | 'last_edited_by'
  | 'button'
  | 'verification'
  | 'place';

/** A property to create, in the words a test or a seed would use. */
export type PropertyDefinition = { name: string; description?: string } & (
  | { type: PlainType }
  | { type: 'number'; format?: string }
  | { type: 'select' | 'multi_select'; options: readonly OptionInput[] }
  | {
      type: 'status';
      options: readonly OptionInput[];
      /** Default: first option "To-do", last "Complete", the rest "In progress". */
      groups?: readonly { name: string; color?: SelectColor; options: readonly string[] }[];
    }
  | { type: 'formula'; formula: FormulaDefinition }
  | {
      type: 'relation';
      dataSourceId: string;
      /** Makes it a two-way relation: this property is created on the other side. */
      syncedPropertyName?: string;
    }
  | { type: 'rollup'; relation: string; property: string; function: RollupFunction }
  | { type: 'unique_id'; prefix?: string | null }
);

const PALETTE: readonly SelectColor[] = [
  'blue',
  'green',
  'orange',
  'purple',
  'pink',
  'yellow',
  'red',
  'brown',
  'gray',
  'default',
];

function options(propertyId: string, inputs: readonly OptionInput[]): SelectOption[] {
  return inputs.map((input, i) => {
    const option = typeof input === 'string' ? { name: input } : input;
    return {
      id: stableUuid(`option:${propertyId}:${option.name}`),
      name: option.name,
      color: option.color ?? PALETTE[i % PALETTE.length],
      description: option.description ?? null,
    };
  });
}

function statusGroups(
  propertyId: string,
  opts: readonly SelectOption[],
  groups: Extract<PropertyDefinition, { type: 'status' }>['groups'],
): StatusGroup[] {
  const byName = (name: string) => {
    const option = opts.find((o) => o.name === name);
    if (!option) throw validationError(`Status group lists unknown option ${quoted(name)}.`);
    return option.id;
  };
  const defined = groups ?? [
    { name: 'To-do', color: 'gray' as const, options: opts.slice(0, 1).map((o) => o.name) },
    { name: 'In progress', color: 'blue' as const, options: opts.slice(1, -1).map((o) => o.name) },
    { name: 'Complete', color: 'green' as const, options: opts.slice(-1).map((o) => o.name) },
  ];
  return defined.map((group) => ({
    id: stableUuid(`status-group:${propertyId}:${group.name}`),
    name: group.name,
    color: group.color ?? 'gray',
    optionIds: group.options.map(byName),
  }));
}

/** A property id not yet used in the data source. */
function freshPropertyId(dataSource: DataSourceRecord, name: string): string {
  for (let n = 0; ; n++) {
    const id = propertyIdFor(`${dataSource.id}:${name}:${n}`);
    if (!dataSource.properties.some((p) => p.id === id) && id !== 'title') return id;
  }
}

/**
 * Builds the schema entry for a definition. Relations and rollups are resolved against the
 * store; the synced side of a two-way relation is returned separately for the caller to add.
 */
export function buildProperty(
  store: WorkspaceStore,
  dataSource: DataSourceRecord,
  definition: PropertyDefinition,
): { schema: PropertySchema; synced?: { dataSource: DataSourceRecord; schema: PropertySchema } } {
  if (dataSource.properties.some((p) => p.name === definition.name)) {
    throw validationError(`A property named ${quoted(definition.name)} already exists.`);
  }
  const id = definition.type === 'title' ? 'title' : freshPropertyId(dataSource, definition.name);
  const common = { id, name: definition.name, description: definition.description ?? null };
  switch (definition.type) {
    case 'number':
      return { schema: { ...common, type: 'number', format: definition.format ?? 'number' } };
    case 'select':
    case 'multi_select':
      return {
        schema: { ...common, type: definition.type, options: options(id, definition.options) },
      };
    case 'status': {
      const opts = options(id, definition.options);
      return {
        schema: {
          ...common,
          type: 'status',
          options: opts,
          groups: statusGroups(id, opts, definition.groups),
        },
      };
    }
    case 'formula':
      return { schema: { ...common, type: 'formula', formula: definition.formula } };
    case 'unique_id':
      return { schema: { ...common, type: 'unique_id', prefix: definition.prefix ?? null } };
    case 'relation': {
      const target = store.dataSource(definition.dataSourceId);
      if (!target) throw validationError(`Unknown data source: ${definition.dataSourceId}`);
      if (definition.syncedPropertyName === undefined) {
        return {
          schema: { ...common, type: 'relation', dataSourceId: target.id, syncedPropertyId: null },
        };
      }
      const syncedId = freshPropertyId(target, definition.syncedPropertyName);
      return {
        schema: {
          ...common,
          type: 'relation',
          dataSourceId: target.id,
          syncedPropertyId: syncedId,
        },
        synced: {
          dataSource: target,
          schema: {
            id: syncedId,
            name: definition.syncedPropertyName,
            description: null,
            type: 'relation',
            dataSourceId: dataSource.id,
            syncedPropertyId: id,
          },
        },
      };
    }
    case 'rollup': {
      const relation = findProperty(dataSource.properties, definition.relation);
      if (relation?.type !== 'relation') {
        throw validationError(`${quoted(definition.relation)} is not a relation property.`);
      }
      const target = store.dataSource(relation.dataSourceId);
      const rolled = target && findProperty(target.properties, definition.property);
      if (!rolled) throw validationError(`Unknown rollup property ${quoted(definition.property)}.`);
      return {
        schema: {
          ...common,
          type: 'rollup',
          relationPropertyId: relation.id,
          rollupPropertyId: rolled.id,
          function: definition.function,
        },
      };
    }
    default:
      return { schema: { ...common, type: definition.type } };
  }
}
