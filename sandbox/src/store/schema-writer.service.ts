import { floorToMinute, type Clock } from '../core/clock.util';
import { quoted, validationError } from '../core/notion-error.error';
import type { PropertySchema } from '../model/property.types';
import type { DataSourceRecord } from '../model/records.types';
import { buildProperty, type PropertyDefinition } from './property-builder.factory';
import { findProperty, type WorkspaceStore } from './workspace.store';

export interface SchemaChange {
  dataSource: DataSourceRecord;
  property: { id: string; name: string | null; action: 'created' | 'updated' | 'deleted' };
}

/** Changes data source schemas while the sandbox runs, bumping `last_edited_time` as Notion does. */
export class SchemaWriter {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly clock: Clock,
  ) {}

  add(
    dataSource: DataSourceRecord,
    definition: PropertyDefinition,
    actorId: string,
  ): SchemaChange[] {
    if (definition.type === 'title')
      throw validationError('A data source has exactly one title property.');
    const { schema, synced } = buildProperty(this.store, dataSource, definition);
    dataSource.properties.push(schema);
    const changes: SchemaChange[] = [this.changed(dataSource, schema, 'created', actorId)];
    if (synced) {
      synced.dataSource.properties.push(synced.schema);
      changes.push(this.changed(synced.dataSource, synced.schema, 'created', actorId));
    }
    return changes;
  }

  rename(
    dataSource: DataSourceRecord,
    property: string,
    name: string,
    actorId: string,
  ): SchemaChange[] {
    const schema = this.find(dataSource, property);
    if (dataSource.properties.some((p) => p !== schema && p.name === name)) {
      throw validationError(`A property named ${quoted(name)} already exists.`);
    }
    schema.name = name;
    return [this.changed(dataSource, schema, 'updated', actorId)];
  }

  /**
   * Removes a property and its stored values. Refused for the title, for two-way relations
   * and for anything a rollup reads, which Notion would leave broken.
   */
  remove(dataSource: DataSourceRecord, property: string, actorId: string): SchemaChange[] {
    const schema = this.find(dataSource, property);
    if (schema.type === 'title') throw validationError('The title property cannot be removed.');
    if (schema.type === 'relation' && schema.syncedPropertyId) {
      throw validationError(`${schema.name} is a two-way relation; the sandbox keeps those.`);
    }
    for (const other of this.store.allDataSources()) {
      const reader = other.properties.find(
        (p) =>
          p.type === 'rollup' &&
          (p.relationPropertyId === schema.id || p.rollupPropertyId === schema.id),
      );
      if (reader) throw validationError(`${schema.name} is used by the rollup ${reader.name}.`);
    }
    dataSource.properties = dataSource.properties.filter((p) => p !== schema);
    for (const row of this.store.rows(dataSource.id)) row.cells.delete(schema.id);
    return [this.changed(dataSource, schema, 'deleted', actorId)];
  }

  private find(dataSource: DataSourceRecord, property: string): PropertySchema {
    const schema = findProperty(dataSource.properties, property);
    if (!schema) throw validationError(`${dataSource.title} has no property ${quoted(property)}.`);
    return schema;
  }

  private changed(
    dataSource: DataSourceRecord,
    schema: PropertySchema,
    action: SchemaChange['property']['action'],
    actorId: string,
  ): SchemaChange {
    dataSource.lastEditedTime = Math.max(dataSource.lastEditedTime, floorToMinute(this.clock()));
    dataSource.lastEditedBy = actorId;
    this.store.touch();
    return {
      dataSource,
      property: { id: schema.id, name: action === 'deleted' ? null : schema.name, action },
    };
  }
}
