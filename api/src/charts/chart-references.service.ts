import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChartConfig } from '@notionchartkit/shared';
import { Repository } from 'typeorm';
import { ChartReferences } from '../datasets/sync/chart-references';
import { Chart } from './chart.entity';

/** Every property id a config reads: axis, measures, groupBy and filters. */
function propertiesReadBy(config: ChartConfig): string[] {
  return [
    config.x?.property,
    config.groupBy?.property,
    ...config.y.map((measure) => measure.property),
    ...(config.filters ?? []).map((filter) => filter.property),
  ].filter((id): id is string => typeof id === 'string');
}

/** The sync's question "do this dataset's charts read formulas or rollups?", answered from charts. */
@Injectable()
export class ChartReferencesService implements ChartReferences {
  constructor(@InjectRepository(Chart) private readonly charts: Repository<Chart>) {}

  async propertiesReadByCharts(datasetId: string): Promise<ReadonlySet<string>> {
    const charts = await this.charts.find({ where: { datasetId }, select: { config: true } });
    return new Set(charts.flatMap((chart) => propertiesReadBy(chart.config)));
  }
}
