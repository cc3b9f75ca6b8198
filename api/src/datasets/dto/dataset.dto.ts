import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreateDatasetRequest,
  Dataset,
  DatasetRow,
  DatasetStatus,
  SchemaProperty,
  SyncAccepted,
  SyncMode,
  SyncProgress,
  SyncRequest,
  UpdateDatasetRequest,
} from '@notionchartkit/shared';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const NOTION_ID =
  /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;

export class CreateDatasetDto implements CreateDatasetRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  connectionId: string;

  @ApiProperty({ description: 'The Notion data source id (dashed or not).' })
  @Matches(NOTION_ID, { message: 'dataSourceId must be a Notion id' })
  dataSourceId: string;

  @ApiPropertyOptional({ description: "Defaults to the data source's title." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1440,
    default: 15,
    description: '0: manual syncs only.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  refreshIntervalMinutes?: number;
}

export class UpdateDatasetDto implements UpdateDatasetRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1440 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  refreshIntervalMinutes?: number;
}

export class SyncRequestDto implements SyncRequest {
  @ApiPropertyOptional({ enum: ['full', 'incremental'], default: 'full' })
  @IsOptional()
  @IsIn(['full', 'incremental'])
  mode?: SyncMode;
}

export class SyncAcceptedDto implements SyncAccepted {
  @ApiProperty()
  jobId: string;
}

class NotionRefDto {
  @ApiProperty()
  databaseId: string;
  @ApiProperty()
  dataSourceId: string;
  @ApiProperty({ nullable: true, type: String })
  url: string | null;
}

class SyncProgressDto implements SyncProgress {
  @ApiProperty({ enum: ['schema', 'rows', 'relations', 'saving'] })
  phase: SyncProgress['phase'];
  @ApiProperty()
  rowsFetched: number;
  @ApiProperty()
  startedAt: string;
}

export class DatasetDto implements Dataset {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ format: 'uuid' })
  connectionId: string;
  @ApiProperty({ type: NotionRefDto })
  notion: NotionRefDto;
  @ApiProperty({ type: 'array', items: { type: 'object' } })
  schema: SchemaProperty[];
  @ApiProperty()
  rowCount: number;
  @ApiProperty({ enum: ['pending', 'syncing', 'ready', 'error'] })
  status: DatasetStatus;
  @ApiProperty({ nullable: true, type: String })
  lastSyncedAt: string | null;
  @ApiProperty({ nullable: true, type: String })
  lastError: string | null;
  @ApiProperty()
  refreshIntervalMinutes: number;
  @ApiProperty()
  createdAt: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'When the scheduler syncs next.',
  })
  nextSyncAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: SyncProgressDto, description: 'While a sync runs.' })
  sync: SyncProgressDto | null;
  @ApiPropertyOptional({
    description: 'A sync is queued and has not started yet (a manual or scheduled one).',
  })
  syncQueued: boolean;
}

export class DatasetPageDto {
  @ApiProperty({ type: [DatasetDto] })
  items: DatasetDto[];
  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class DatasetRowDto implements DatasetRow {
  @ApiProperty()
  pageId: string;
  @ApiProperty()
  lastEditedTime: string;
  @ApiProperty({ type: 'object', additionalProperties: true })
  values: DatasetRow['values'];
}

export class DatasetRowPageDto {
  @ApiProperty({ type: [DatasetRowDto] })
  items: DatasetRowDto[];
  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
