import type { PageObjectResponse } from '@notionhq/client';
import type { PropertySchema } from '../model/property.types';
import type { PageRecord } from '../model/records.types';
import type { PagePropertyValue } from '../model/sdk.types';
import { pagePropertyValue } from './property-value.shape';
import { iconOf, isVisibleProperty } from './schema.shape';
import { notionUrl, versioned, type ShapeContext, type Versioned } from './shape-context.shape';
import { partialUser } from './user.shape';

/** The properties a page object shows; `only` holds the ids asked for with `filter_properties`. */
export interface PropertySelection {
  only: ReadonlySet<string> | undefined;
}

function parentOf(page: PageRecord, ctx: ShapeContext): PageObjectResponse['parent'] {
  switch (page.parent.type) {
    case 'data_source': {
      const dataSource = ctx.store.dataSource(page.parent.dataSourceId);
      return {
        type: 'data_source_id',
        data_source_id: page.parent.dataSourceId,
        database_id: dataSource?.databaseId ?? '',
      };
    }
    case 'page':
      return { type: 'page_id', page_id: page.parent.pageId };
    case 'workspace':
      return { type: 'workspace', workspace: true };
  }
}

/** Schema entries of a page that this token may see, in schema order. */
export function visibleProperties(page: PageRecord, ctx: ShapeContext): PropertySchema[] {
  const properties = ctx.store.propertiesOf(page);
  return properties.filter((schema) => isVisibleProperty(schema, properties, ctx));
}

function propertiesOf(
  page: PageRecord,
  ctx: ShapeContext,
  selection: PropertySelection,
): Record<string, PagePropertyValue> {
  const properties: Record<string, PagePropertyValue> = {};
  for (const schema of visibleProperties(page, ctx)) {
    if (!selection.only || selection.only.has(schema.id)) {
      properties[schema.name] = pagePropertyValue(page, schema, ctx);
    }
  }
  return properties;
}

export function pageObject(
  page: PageRecord,
  ctx: ShapeContext,
  selection: PropertySelection = { only: undefined },
): Versioned<PageObjectResponse> {
  return versioned<PageObjectResponse>(
    {
      object: 'page',
      id: page.id,
      created_time: new Date(page.createdTime).toISOString(),
      last_edited_time: new Date(page.lastEditedTime).toISOString(),
      created_by: partialUser(page.createdBy),
      last_edited_by: partialUser(page.lastEditedBy),
      cover: null,
      icon: iconOf(page.icon),
      parent: parentOf(page, ctx),
      in_trash: page.inTrash,
      archived: page.inTrash,
      is_archived: false,
      is_locked: false,
      properties: propertiesOf(page, ctx, selection),
      url: notionUrl(ctx.resolver.titleOf(page), page.id),
      public_url: null,
    },
    ctx.version,
  );
}
