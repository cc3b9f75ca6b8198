import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  Connection,
  ConnectionKind,
  ConnectionStatus,
  CreateConnectionRequest,
  DataSourceSummary,
  Page,
} from '@notionchartkit/shared';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../core/http/pagination';
import { Trim } from '../../core/http/trim.decorator';

export class ConnectionDto implements Connection {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['oauth', 'internal'] })
  kind: ConnectionKind;

  @ApiProperty({ description: "Notion's workspace id." })
  workspaceId: string;

  @ApiProperty({ example: 'Acme' })
  workspaceName: string;

  @ApiProperty({ type: String, nullable: true, description: 'A URL or an emoji.' })
  workspaceIcon: string | null;

  @ApiProperty({
    enum: ['active', 'revoked', 'error'],
    description: '`revoked` once Notion stops accepting its token: connect the workspace again.',
  })
  status: ConnectionStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ConnectionPageDto implements Page<Connection> {
  @ApiProperty({ type: [ConnectionDto] })
  items: ConnectionDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class CreateConnectionDto implements CreateConnectionRequest {
  @ApiProperty({ description: "An internal integration's secret (never returned)." })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  token: string;

  @ApiPropertyOptional({ maxLength: 200, description: "Shown instead of the workspace's name." })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

export class SourcesQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Matches data source titles.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string;
}

export class DataSourceSummaryDto implements DataSourceSummary {
  @ApiProperty()
  databaseId: string;

  @ApiProperty()
  dataSourceId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true, description: 'A URL or an emoji.' })
  icon: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ format: 'date-time' })
  lastEditedTime: string;
}

export class DataSourcePageDto implements Page<DataSourceSummary> {
  @ApiProperty({ type: [DataSourceSummaryDto] })
  items: DataSourceSummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
