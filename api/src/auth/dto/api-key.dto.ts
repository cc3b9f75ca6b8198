import { ApiProperty } from '@nestjs/swagger';
import type {
  ApiKeySummary,
  CreateApiKeyRequest,
  CreatedApiKey,
  Page,
} from '@notionchartkit/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../core/http/trim.decorator';

export class CreateApiKeyDto implements CreateApiKeyRequest {
  @ApiProperty({ maxLength: 100, example: 'Reporting script' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class ApiKeySummaryDto implements ApiKeySummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;
}

export class CreatedApiKeyDto implements CreatedApiKey {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: 'nck_…', description: 'Shown only in this answer; keep it safe.' })
  key: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ApiKeyPageDto implements Page<ApiKeySummary> {
  @ApiProperty({ type: [ApiKeySummaryDto] })
  items: ApiKeySummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
