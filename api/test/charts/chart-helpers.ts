import type { Chart, ChartConfig, Dataset, SchemaProperty } from '@notionchartkit/shared';
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
