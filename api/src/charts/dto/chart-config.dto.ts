import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Aggregation,
  AGGREGATIONS,
  type ChartConfig,
  type ChartOptions,
  type ChartType,
  CHART_TYPES,
  DATE_BUCKETS,
  type DateBucket,
  type FilterConfig,
  type FilterOp,
  FILTER_OPS,
  type FilterValue,
  isKnownTimeZone,
  type MeasureConfig,
  type ReferenceLine,
  type SortConfig,
  type Theme,
  type XAxisConfig,
} from '@notionchartkit/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';

/**
 * The shape of a chart config, field by field (`400` naming `config.y.0.property`). What a
 * field means for this dataset (does the property exist, can it be summed) is the chart
 * engine's `checkChartConfig`, run by the service.
 */

const FINITE = { allowNaN: false, allowInfinity: false };
const PROPERTY_ID_MAX = 200;
const TEXT_MAX = 200;

const IsPropertyId = (): PropertyDecorator =>
  applyDecorators(IsString(), IsNotEmpty(), MaxLength(PROPERTY_ID_MAX));

function IsFilterValue(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFilterValue',
      validator: {
        validate: (value: unknown) =>
          (typeof value === 'string' && value.length <= 1000) ||
          typeof value === 'boolean' ||
          (typeof value === 'number' && Number.isFinite(value)),
        defaultMessage: () => 'value must be text, a number or true/false',
      },
    },
    options,
  );
}

function IsStacking(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStacking',
      validator: {
        validate: (value: unknown) => typeof value === 'boolean' || value === 'percent',
        defaultMessage: () => 'stacked must be true, false or "percent"',
      },
    },
    options,
  );
}

function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isKnownTimeZone(value),
        defaultMessage: () => 'timezone must be an IANA time zone (such as Europe/Berlin)',
      },
    },
    options,
  );
}

export class XAxisDto implements XAxisConfig {
  @ApiProperty({ description: 'A property id of the dataset.' })
  @IsPropertyId()
  property: string;

  @ApiPropertyOptional({ enum: DATE_BUCKETS, description: 'For a date property; default day.' })
  @IsOptional()
  @IsIn(DATE_BUCKETS)
  bucket?: DateBucket;

  @ApiPropertyOptional({ description: 'For a number property: bins of this width.' })
  @IsOptional()
  @IsNumber(FINITE)
  binSize?: number;
}

export class MeasureDto implements MeasureConfig {
  @ApiProperty({ enum: AGGREGATIONS })
  @IsIn(AGGREGATIONS)
  aggregation: Aggregation;

  @ApiPropertyOptional({ description: 'A property id; not for count.' })
  @IsOptional()
  @IsPropertyId()
  property?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  label?: string;
}

export class GroupByDto {
  @ApiProperty({ description: 'A property id of the dataset.' })
  @IsPropertyId()
  property: string;
}

export class FilterDto implements FilterConfig {
  @ApiProperty({ description: 'A property id of the dataset.' })
  @IsPropertyId()
  property: string;

  @ApiProperty({ enum: FILTER_OPS })
  @IsIn(FILTER_OPS)
  op: FilterOp;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
    description: 'What it must be depends on the op and the property (see docs/api.md).',
  })
  @IsOptional()
  @IsFilterValue()
  value?: FilterValue;
}

export class SortDto implements SortConfig {
  @ApiProperty({ enum: ['label', 'value'] })
  @IsIn(['label', 'value'])
  by: 'label' | 'value';

  @ApiProperty({ enum: ['asc', 'desc'] })
  @IsIn(['asc', 'desc'])
  direction: 'asc' | 'desc';
}

export class ReferenceLineDto implements ReferenceLine {
  @ApiProperty()
  @IsNumber(FINITE)
  value: number;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  label?: string;
}

export class ChartOptionsDto implements ChartOptions {
  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  title?: string;

  @ApiPropertyOptional({ enum: ['light', 'dark', 'auto'] })
  @IsOptional()
  @IsIn(['light', 'dark', 'auto'])
  theme?: Theme;

  @ApiPropertyOptional({ enum: ['solid', 'transparent'] })
  @IsOptional()
  @IsIn(['solid', 'transparent'])
  background?: 'solid' | 'transparent';

  @ApiPropertyOptional({ type: [String], description: 'Hex colors, such as #2383e2.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  colors?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  horizontal?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  legend?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  dataLabels?: boolean;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  xLabel?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  yLabel?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber(FINITE)
  yMin?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber(FINITE)
  yMax?: number;

  @ApiPropertyOptional({ type: [ReferenceLineDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReferenceLineDto)
  referenceLines?: ReferenceLineDto[];
}

export class ChartConfigDto implements ChartConfig {
  @ApiProperty({ enum: CHART_TYPES })
  @IsIn(CHART_TYPES)
  type: ChartType;

  @ApiPropertyOptional({ type: XAxisDto, description: 'Every type but number.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => XAxisDto)
  x?: XAxisDto;

  @ApiProperty({ type: [MeasureDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'y needs at least one measure' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MeasureDto)
  y: MeasureDto[];

  @ApiPropertyOptional({ type: GroupByDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GroupByDto)
  groupBy?: GroupByDto;

  @ApiPropertyOptional({ type: [FilterDto], description: 'Combined with AND.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FilterDto)
  filters?: FilterDto[];

  @ApiPropertyOptional({ type: SortDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SortDto)
  sort?: SortDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  cumulative?: boolean;

  @ApiPropertyOptional({ oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['percent'] }] })
  @IsOptional()
  @IsStacking()
  stacked?: boolean | 'percent';

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone; default UTC.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ type: ChartOptionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChartOptionsDto)
  options?: ChartOptionsDto;
}
