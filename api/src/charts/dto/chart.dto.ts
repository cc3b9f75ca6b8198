import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  Chart,
  ChartData,
  ChartDataMeta,
  ChartDataResponse,
  ChartEmbed,
  ChartProblem,
  CreateChartRequest,
  ErrorDetail,
  PreviewChartRequest,
  Series,
  UpdateChartRequest,
} from '@notionchartkit/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../core/http/pagination';
import { Trim } from '../../core/http/trim.decorator';
import { ChartConfigDto } from './chart-config.dto';

const NAME_MAX = 200;
const ORIGINS_MAX = 50;

/** `https://example.com/` → `https://example.com`: people paste origins with a slash. */
const withoutTrailingSlash = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? value.map((item: unknown) =>
        typeof item === 'string' && /^https?:\/\/[^/?#]+\/$/i.test(item) ? item.slice(0, -1) : item,
      )
    : value;

function isOrigin(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const IsOrigins = (): PropertyDecorator =>
  ValidateBy({
    name: 'isOrigins',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every(isOrigin),
      defaultMessage: () =>
        'allowedOrigins must hold origins such as https://example.com (scheme, lower-case host and port, no path)',
    },
  });

export class CreateChartDto implements CreateChartRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  datasetId: string;

  @ApiProperty({ maxLength: NAME_MAX, example: 'Revenue by month' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name: string;

  @ApiProperty({ type: ChartConfigDto })
  @ValidateNested()
  @Type(() => ChartConfigDto)
  config: ChartConfigDto;

  @ApiPropertyOptional({
    default: false,
    description: 'A new chart is private unless this says otherwise.',
  })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['https://blog.example.com'],
    description: 'Origins that may frame the chart or fetch its data; empty: any.',
  })
  @IsOptional()
  @Transform(withoutTrailingSlash)
  @IsArray()
  @ArrayMaxSize(ORIGINS_MAX)
  @IsOrigins()
  allowedOrigins?: string[];
}

export class UpdateChartDto implements UpdateChartRequest {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ type: ChartConfigDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChartConfigDto)
  config?: ChartConfigDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(withoutTrailingSlash)
  @IsArray()
  @ArrayMaxSize(ORIGINS_MAX)
  @IsOrigins()
  allowedOrigins?: string[];
}

export class PreviewChartDto implements PreviewChartRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  datasetId: string;

  @ApiProperty({ type: ChartConfigDto })
  @ValidateNested()
  @Type(() => ChartConfigDto)
  config: ChartConfigDto;
}

export class ChartListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this dataset's charts." })
  @IsOptional()
  @IsUUID()
  datasetId?: string;
}

class ErrorDetailDto implements ErrorDetail {
  @ApiProperty({ example: 'config.x.property' })
  field: string;
  @ApiProperty()
  problem: string;
}

export class ChartProblemDto implements ChartProblem {
  @ApiProperty()
  message: string;
  @ApiProperty({ type: [ErrorDetailDto] })
  details: ErrorDetailDto[];
  @ApiProperty({ format: 'date-time' })
  since: string;
}

export class ChartEmbedDto implements ChartEmbed {
  @ApiProperty({ example: 'https://charts.example.com/e/Zt3…' })
  url: string;
  @ApiProperty({ description: 'A lazy, full-width iframe of the chart page.' })
  iframe: string;
  @ApiProperty({ description: 'The embed.js snippet: an auto-resizing iframe.' })
  script: string;
}

export class ChartDto implements Chart {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  datasetId: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: ChartConfigDto })
  config: ChartConfigDto;
  @ApiProperty()
  isPublic: boolean;
  @ApiProperty({ description: 'At least 128 random bits, URL-safe.' })
  publicKey: string;
  @ApiProperty({ type: [String] })
  allowedOrigins: string[];
  @ApiProperty({ type: ChartEmbedDto })
  embed: ChartEmbedDto;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
  @ApiProperty({
    type: ChartProblemDto,
    nullable: true,
    description: 'Set while the config no longer fits the dataset; the data is the last good one.',
  })
  problem: ChartProblemDto | null;
}

export class ChartPageDto {
  @ApiProperty({ type: [ChartDto] })
  items: ChartDto[];
  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

class SeriesDto implements Series {
  @ApiProperty({ example: 'sum:amount' })
  key: string;
  @ApiProperty()
  label: string;
  @ApiPropertyOptional({ type: 'array', items: { type: 'number', nullable: true } })
  values?: (number | null)[];
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'array', items: { type: 'number' } },
    description: 'Scatter charts: [x, y] per row.',
  })
  points?: [number, number][];
  @ApiPropertyOptional()
  color?: string;
  @ApiPropertyOptional()
  format?: string;
}

class ChartDataMetaDto implements ChartDataMeta {
  @ApiProperty({ description: 'Rows after filters.' })
  rowCount: number;
  @ApiPropertyOptional({ example: 'dollar' })
  format?: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  datasetSyncedAt: string | null;
  @ApiProperty({ format: 'date-time' })
  computedAt: string;
}

export class ChartDataDto implements ChartData {
  @ApiProperty({ type: [String] })
  labels: string[];
  @ApiProperty({ type: [SeriesDto] })
  series: SeriesDto[];
  @ApiProperty({ type: ChartDataMetaDto })
  meta: ChartDataMetaDto;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', nullable: true } })
  labelColors?: (string | null)[];
}

export class ChartDataResponseDto extends ChartDataDto implements ChartDataResponse {
  @ApiPropertyOptional({
    type: ChartProblemDto,
    description:
      'Present while the config no longer fits the dataset: the data is the last good one.',
  })
  problem?: ChartProblemDto;
}
