import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { IdParam } from '../core/http/id-param';
import { ListQueryDto } from '../core/http/pagination';
import type { User } from '../users/user.entity';
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
  constructor(private readonly datasets: DatasetsService) {}

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
}
