import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../auth/current-user.decorator';
import { HEARTBEAT_MS, sendEventStream } from '../core/http/event-streams';
import { IdParam } from '../core/http/id-param';
import { ListQueryDto } from '../core/http/pagination';
import type { User } from '../users/user.entity';
import { DatasetEventsHub, MAX_STREAMS_PER_USER } from './dataset-events.hub';
import { DatasetsService } from './datasets.service';
import {
  CreateDatasetDto,
  DatasetDto,
  DatasetPageDto,
  DatasetRowPageDto,
  SyncAcceptedDto,
  SyncRequestDto,
  UpdateDatasetDto,
} from './dto/dataset.dto';

@ApiTags('datasets')
@Controller('api/datasets')
export class DatasetsController {
  constructor(
    private readonly datasets: DatasetsService,
    private readonly events: DatasetEventsHub,
  ) {}

  @Get()
  @ApiOkResponse({ type: DatasetPageDto })
  list(@CurrentUser() user: User, @Query() query: ListQueryDto): Promise<DatasetPageDto> {
    return this.datasets.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: DatasetDto, description: 'The first sync is queued at once.' })
  @ApiConflictResponse({ description: 'You already have a dataset for this data source.' })
  @ApiUnprocessableEntityResponse({
    description: 'Notion will not show the data source to this connection.',
  })
  create(@CurrentUser() user: User, @Body() body: CreateDatasetDto): Promise<DatasetDto> {
    return this.datasets.create(user.id, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: DatasetDto })
  get(@CurrentUser() user: User, @IdParam() id: string): Promise<DatasetDto> {
    return this.datasets.get(user.id, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: DatasetDto })
  update(
    @CurrentUser() user: User,
    @IdParam() id: string,
    @Body() body: UpdateDatasetDto,
  ): Promise<DatasetDto> {
    return this.datasets.update(user.id, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted, with its charts.' })
  remove(@CurrentUser() user: User, @IdParam() id: string): Promise<void> {
    return this.datasets.remove(user.id, id);
  }

  @Post(':id/sync')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SyncAcceptedDto, description: 'A sync already queued is reused.' })
  sync(
    @CurrentUser() user: User,
    @IdParam() id: string,
    @Body() body: SyncRequestDto = {},
  ): Promise<SyncAcceptedDto> {
    return this.datasets.requestSync(user.id, id, body?.mode ?? 'full');
  }

  @Get(':id/rows')
  @ApiOkResponse({ type: DatasetRowPageDto })
  rows(
    @CurrentUser() user: User,
    @IdParam() id: string,
    @Query() query: ListQueryDto,
  ): Promise<DatasetRowPageDto> {
    return this.datasets.rows(user.id, id, query);
  }

  @Get(':id/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: `Server-Sent Events: \`state\` (data: {type, status, sync}) at once, then \`progress\` (data: {type, progress}), \`synced\` (data: {type, rowCount, lastSyncedAt}) and \`failed\` (data: {type, message, retrying}) as syncs run; a comment every ${HEARTBEAT_MS / 1000} s.`,
  })
  @ApiNotFoundResponse({ description: 'Not a dataset of yours.' })
  @ApiTooManyRequestsResponse({
    description: `More than ${MAX_STREAMS_PER_USER} open streams of yours on this server.`,
  })
  async streamEvents(
    @CurrentUser() user: User,
    @IdParam() id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Someone else's id answers 404 before anything is subscribed.
    await this.datasets.state(user.id, id);
    const stream = await this.events.open(id, user.id, () => this.datasets.state(user.id, id));
    sendEventStream(reply, stream);
  }
}
