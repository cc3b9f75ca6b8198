import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListQueryDto } from '../core/http/pagination';
import { IdParam } from '../core/http/id-param';
import type { User } from '../users/user.entity';
import { ConnectionsService } from './connections.service';
import {
  ConnectionDto,
  ConnectionPageDto,
  CreateConnectionDto,
  DataSourcePageDto,
  SourcesQuery,
} from './dto/connection.dto';

@ApiTags('connections')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No session and no valid API key.' })
@Controller('api/connections')
export class ConnectionsController {
  constructor(private readonly connections: ConnectionsService) {}

  @Get()
  @ApiOkResponse({ type: ConnectionPageDto, description: 'Your Notion workspaces, newest first.' })
  list(@CurrentUser() user: User, @Query() query: ListQueryDto): Promise<ConnectionPageDto> {
    return this.connections.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({
    type: ConnectionDto,
    description: 'The token was checked with Notion and is kept encrypted; it is never returned.',
  })
  @ApiBadRequestResponse({ description: 'A missing token or unknown fields.' })
  @ApiUnprocessableEntityResponse({ description: 'Notion rejected the token.' })
  @ApiServiceUnavailableResponse({ description: 'Notion is not answering.' })
  create(@CurrentUser() user: User, @Body() body: CreateConnectionDto): Promise<ConnectionDto> {
    return this.connections.addInternal(user.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its datasets and charts.' })
  @ApiNotFoundResponse({ description: 'No such connection of yours.' })
  remove(@CurrentUser() user: User, @IdParam() id: string): Promise<void> {
    return this.connections.remove(user.id, id);
  }

  @Get(':id/sources')
  @ApiOkResponse({
    type: DataSourcePageDto,
    description: 'Notion data sources the connection can read; `query` matches titles.',
  })
  @ApiNotFoundResponse({ description: 'No such connection of yours.' })
  @ApiUnprocessableEntityResponse({
    description: 'Notion no longer accepts the token (the connection is now `revoked`).',
  })
  @ApiServiceUnavailableResponse({ description: 'Notion is not answering.' })
  sources(
    @CurrentUser() user: User,
    @IdParam() id: string,
    @Query() query: SourcesQuery,
  ): Promise<DataSourcePageDto> {
    return this.connections.sources(user.id, id, query);
  }
}
