import type { ChartProblem } from '@notionchartkit/shared';
import type { ChartDto } from './dto/chart.dto';
import { chartEmbed } from './chart-embed';
import type { Chart } from './chart.entity';

export function toChartDto(chart: Chart, appUrl: string, problem: ChartProblem | null): ChartDto {
  return {
    id: chart.id,
    datasetId: chart.datasetId,
    name: chart.name,
    config: chart.config,
    isPublic: chart.isPublic,
    publicKey: chart.publicKey,
    allowedOrigins: chart.allowedOrigins,
    embed: chartEmbed(appUrl, {
      publicKey: chart.publicKey,
      name: chart.name,
      type: chart.config.type,
    }),
    createdAt: chart.createdAt.toISOString(),
    updatedAt: chart.updatedAt.toISOString(),
    problem,
  };
}
