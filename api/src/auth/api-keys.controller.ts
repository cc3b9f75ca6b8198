import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ListQueryDto } from '../core/http/pagination';
import { IdParam } from '../core/http/id-param';
import type { User } from '../users/user.entity';
import { ApiKeysService } from './api-keys.service';
import { CurrentUser } from './current-user.decorator';
import { ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';

@ApiTags('api-keys')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No session and no valid API key.' })
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ type: ApiKeyPageDto, description: 'Your keys, newest first (never the keys).' })
  list(@CurrentUser() user: User, @Query() query: ListQueryDto): Promise<ApiKeyPageDto> {
    return this.apiKeys.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The key, shown only this once.' })
  @ApiBadRequestResponse({ description: 'A missing or too long name.' })
  create(@CurrentUser() user: User, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(user.id, body.name);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: requests with the key answer 401 from now on.' })
  @ApiNotFoundResponse({ description: 'No such key of yours.' })
  revoke(@CurrentUser() user: User, @IdParam() id: string): Promise<void> {
    return this.apiKeys.revoke(user.id, id);
  }
}
