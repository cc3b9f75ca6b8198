import type {
  Chart,
  ChartConfig,
  Dataset,
  DatasetRow,
  Page,
  SchemaProperty,
} from '@notionchartkit/shared';
import type { DatasetWorld } from '../datasets/dataset-world';

/** A property's id by its name, as a person building a chart would pick it. */
export function propertyId(dataset: Pick<Dataset, 'schema'>, name: string): string {
  const property = dataset.schema.find((candidate) => candidate.name === name);
  if (!property) throw new Error(`No property ${name}`);
  return property.id;
}

export function property(dataset: Pick<Dataset, 'schema'>, name: string): SchemaProperty {
  const found = dataset.schema.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No property ${name}`);
  return found;
}

/** Every row of a dataset through the rows API: what a person would read by hand. */
export async function allRows(world: DatasetWorld, datasetId: string): Promise<DatasetRow[]> {
  const rows: DatasetRow[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const page = await world.api<Page<DatasetRow>>(
      'GET',
      `/api/datasets/${datasetId}/rows?limit=200${query}`,
    );
    rows.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return rows;
}

export async function createChart(
  world: DatasetWorld,
  body: {
    datasetId: string;
    name?: string;
    config: ChartConfig;
    isPublic?: boolean;
    allowedOrigins?: string[];
  },
): Promise<Chart> {
  const res = await world.api<Chart>('POST', '/api/charts', { name: 'A chart', ...body });
  if (res.status !== 201)
    throw new Error(`Could not create the chart: ${JSON.stringify(res.body)}`);
  return res.body;
}
