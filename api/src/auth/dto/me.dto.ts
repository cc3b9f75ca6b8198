import { ApiProperty } from '@nestjs/swagger';
import type { Me } from '@notionchartkit/shared';

export class MeDto implements Me {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  avatarUrl: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When Notion shares it.' })
  email: string | null;
}
