import type { DatabaseObjectResponse, DataSourceObjectResponse } from '@notionhq/client';
import type { PropertySchema } from '../model/property.types';
import type { DatabaseRecord, DataSourceRecord, Icon } from '../model/records.types';
import type { SchemaPropertyResponse } from '../model/sdk.types';
import { plainRichText } from './rich-text.shape';
import { notionUrl, versioned, type ShapeContext, type Versioned } from './shape-context.shape';
import { partialUser } from './user.shape';

/**
 * Notion returns `button`, `verification` and `place` schema entries with an empty config,
 * but the SDK's response union does not list them; clients have to tolerate such entries.
 */
type UntypedSchemaEntry = {
  id: string;
  name: string;
  description: string | null;
  type: 'button' | 'verification' | 'place';
} & Record<'button' | 'verification' | 'place', Record<string, never>>;

export type SchemaEntry = SchemaPropertyResponse | UntypedSchemaEntry;

export type DataSourceObject = Omit<DataSourceObjectResponse, 'properties'> & {
  properties: Record<string, SchemaEntry>;
};

export function iconOf(icon: Icon) {
  return icon ? { type: 'emoji' as const, emoji: icon.emoji } : null;
}

/**
 * Whether the token may see this property. A relation whose target is not shared with the
 * integration is left out of schemas and pages, and so are rollups over it.
 */
export function isVisibleProperty(
  schema: PropertySchema,
  properties: readonly PropertySchema[],
  ctx: ShapeContext,
): boolean {
  if (schema.type === 'relation') {
    const target = ctx.store.dataSource(schema.dataSourceId);
    return target !== undefined && ctx.access.canSeeDataSource(ctx.grant, target);
  }
  if (schema.type === 'rollup') {
    const relation = properties.find((p) => p.id === schema.relationPropertyId);
    return relation !== undefined && isVisibleProperty(relation, properties, ctx);
  }
  return true;
}

function schemaEntry(
  schema: PropertySchema,
  properties: readonly PropertySchema[],
  ctx: ShapeContext,
): SchemaEntry {
  const common = { id: schema.id, name: schema.name, description: schema.description };
  switch (schema.type) {
    case 'number':
      return { ...common, type: 'number', number: { format: schema.format } };
    case 'select':
      return { ...common, type: 'select', select: { options: schema.options } };
    case 'multi_select':
      return { ...common, type: 'multi_select', multi_select: { options: schema.options } };
    case 'status':
      return {
        ...common,
        type: 'status',
        status: {
          options: schema.options,
          groups: schema.groups.map((g) => ({
            id: g.id,
            name: g.name,
            color: g.color,
            option_ids: g.optionIds,
          })),
        },
      };
    case 'formula':
      return { ...common, type: 'formula', formula: { expression: schema.formula.expression } };
    case 'relation': {
      const target = ctx.store.dataSource(schema.dataSourceId);
      const synced = target?.properties.find((p) => p.id === schema.syncedPropertyId);
      const ids = { database_id: target?.databaseId ?? '', data_source_id: schema.dataSourceId };
      return {
        ...common,
        type: 'relation',
        relation: synced
          ? {
              ...ids,
              type: 'dual_property',
              dual_property: { synced_property_id: synced.id, synced_property_name: synced.name },
            }
          : { ...ids, type: 'single_property', single_property: {} },
      };
    }
    case 'rollup': {
      const relation = properties.find((p) => p.id === schema.relationPropertyId);
      const rolled = ctx.resolver.rolledUpProperty(properties, schema);
      return {
        ...common,
        type: 'rollup',
        rollup: {
          function: schema.function,
          relation_property_name: relation?.name ?? '',
          relation_property_id: schema.relationPropertyId,
          rollup_property_name: rolled?.name ?? '',
          rollup_property_id: schema.rollupPropertyId,
        },
      };
    }
    case 'unique_id':
      return { ...common, type: 'unique_id', unique_id: { prefix: schema.prefix } };
    case 'button':
      return { ...common, type: 'button', button: {} } as UntypedSchemaEntry;
    case 'verification':
      return { ...common, type: 'verification', verification: {} } as UntypedSchemaEntry;
    case 'place':
      return { ...common, type: 'place', place: {} } as UntypedSchemaEntry;
    default:
      return { ...common, type: schema.type, [schema.type]: {} } as SchemaPropertyResponse;
  }
}

export function dataSourceObject(
  dataSource: DataSourceRecord,
  ctx: ShapeContext,
): Versioned<DataSourceObject> {
  const database = ctx.store.databaseOf(dataSource);
  const properties: Record<string, SchemaEntry> = {};
  for (const schema of dataSource.properties) {
    if (isVisibleProperty(schema, dataSource.properties, ctx)) {
      properties[schema.name] = schemaEntry(schema, dataSource.properties, ctx);
    }
  }
  return versioned<DataSourceObject>(
    {
      object: 'data_source',
      id: dataSource.id,
      title: plainRichText(dataSource.title),
      description: plainRichText(dataSource.description),
      parent: { type: 'database_id', database_id: database.id },
      database_parent: databaseParent(database),
      is_inline: database.isInline,
      in_trash: dataSource.inTrash,
      archived: dataSource.inTrash,
      created_time: new Date(dataSource.createdTime).toISOString(),
      last_edited_time: new Date(dataSource.lastEditedTime).toISOString(),
      created_by: partialUser(dataSource.createdBy),
      last_edited_by: partialUser(dataSource.lastEditedBy),
      properties,
      icon: iconOf(dataSource.icon),
      cover: null,
      url: notionUrl(dataSource.title, dataSource.id),
      public_url: null,
    },
    ctx.version,
  );
}

function databaseParent(database: DatabaseRecord): DatabaseObjectResponse['parent'] {
  return database.parent.type === 'page_id'
    ? { type: 'page_id', page_id: database.parent.pageId }
    : { type: 'workspace', workspace: true };
}

export function databaseObject(
  database: DatabaseRecord,
  ctx: ShapeContext,
): Versioned<DatabaseObjectResponse> {
  return versioned<DatabaseObjectResponse>(
    {
      object: 'database',
      id: database.id,
      title: plainRichText(database.title),
      description: plainRichText(database.description),
      parent: databaseParent(database),
      is_inline: database.isInline,
      in_trash: database.inTrash,
      archived: database.inTrash,
      is_locked: false,
      created_time: new Date(database.createdTime).toISOString(),
      last_edited_time: new Date(database.lastEditedTime).toISOString(),
      data_sources: database.dataSourceIds.flatMap((id) => {
        const dataSource = ctx.store.dataSource(id);
        return dataSource ? [{ id, name: dataSource.title }] : [];
      }),
      icon: iconOf(database.icon),
      cover: null,
      url: notionUrl(database.title, database.id),
      public_url: null,
    },
    ctx.version,
  );
}
