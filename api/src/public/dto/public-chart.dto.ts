import { ApiProperty } from '@nestjs/swagger';
import type { ChartType, PublicChartPayload } from '@notionchartkit/shared';
import { CHART_TYPES } from '@notionchartkit/shared';
import { ChartDataDto } from '../../charts/dto/chart.dto';
import { ChartOptionsDto } from '../../charts/dto/chart-config.dto';

export class PublicChartPayloadDto implements PublicChartPayload {
  @ApiProperty()
  name: string;
  @ApiProperty({ enum: CHART_TYPES })
  type: ChartType;
  @ApiProperty({ type: ChartOptionsDto })
  options: ChartOptionsDto;
  @ApiProperty({ type: ChartDataDto })
  data: ChartDataDto;
  @ApiProperty({ format: 'date-time', description: 'When this payload was computed.' })
  updatedAt: string;
}

export class OEmbedDto {
  @ApiProperty({ example: '1.0' })
  version: '1.0';
  @ApiProperty({ example: 'rich' })
  type: 'rich';
  @ApiProperty()
  title: string;
  @ApiProperty({ example: 'NotionChartKit' })
  provider_name: string;
  @ApiProperty()
  provider_url: string;
  @ApiProperty({ description: 'An iframe of the chart page.' })
  html: string;
  @ApiProperty()
  width: number;
  @ApiProperty()
  height: number;
  @ApiProperty({ description: 'Seconds a consumer may keep this answer.' })
  cache_age: number;
}
