/**
 * Types from the SDK's generated API definitions that its entry point does not re-export,
 * derived from the ones it does, so the shapes below are checked against the SDK itself.
 */
import type {
  DataSourceObjectResponse,
  DatePropertyItemObjectResponse,
  PageObjectResponse,
  RollupPropertyItemObjectResponse,
  SelectPropertyItemObjectResponse,
} from '@notionhq/client';

export type SelectColor = NonNullable<SelectPropertyItemObjectResponse['select']>['color'];
export type RollupFunction = RollupPropertyItemObjectResponse['rollup']['function'];
export type DateResponse = NonNullable<DatePropertyItemObjectResponse['date']>;
export type PagePropertyValue = PageObjectResponse['properties'][string];
export type SchemaPropertyResponse = DataSourceObjectResponse['properties'][string];
