/**
 * Which properties of a dataset its charts read. The charts domain implements it (charts
 * depend on datasets, never the reverse); the worker's root module wires it in.
 */
export abstract class ChartReferences {
  abstract propertiesReadByCharts(datasetId: string): Promise<ReadonlySet<string>>;
}
