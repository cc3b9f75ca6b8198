import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { IdParam } from '../core/http/id-param';
import type { User } from '../users/user.entity';
import { ChartsService } from './charts.service';
import {
  ChartDataDto,
  ChartDataResponseDto,
  ChartDto,
  ChartListQueryDto,
  ChartPageDto,
  CreateChartDto,
  PreviewChartDto,
  UpdateChartDto,
} from './dto/chart.dto';

const MALFORMED = 'A malformed config, naming each field with dots (config.y.0.property).';
const IMPOSSIBLE =
  'The config does not fit the dataset: a property it lacks, or an aggregation its type cannot take.';
const REDIS_DOWN =
  'Redis could not confirm that the old public key stopped working; nothing changed.';

@ApiTags('charts')
@Controller('api/charts')
export class ChartsController {
  constructor(private readonly charts: ChartsService) {}

  @Get()
  @ApiOkResponse({ type: ChartPageDto })
  list(@CurrentUser() user: User, @Query() query: ChartListQueryDto): Promise<ChartPageDto> {
    return this.charts.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: ChartDto, description: 'Its data is computed in the background.' })
  @ApiBadRequestResponse({ description: MALFORMED })
  @ApiUnprocessableEntityResponse({ description: IMPOSSIBLE })
  create(@CurrentUser() user: User, @Body() body: CreateChartDto): Promise<ChartDto> {
    return this.charts.create(user.id, body);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: ChartDataDto, description: 'The data a chart with this config shows.' })
  @ApiBadRequestResponse({ description: MALFORMED })
  @ApiUnprocessableEntityResponse({ description: IMPOSSIBLE })
  preview(@CurrentUser() user: User, @Body() body: PreviewChartDto): Promise<ChartDataDto> {
    return this.charts.preview(user.id, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: ChartDto })
  get(@CurrentUser() user: User, @IdParam() id: string): Promise<ChartDto> {
    return this.charts.get(user.id, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ChartDto })
  @ApiBadRequestResponse({ description: MALFORMED })
  @ApiUnprocessableEntityResponse({ description: IMPOSSIBLE })
  @ApiServiceUnavailableResponse({ description: REDIS_DOWN })
  update(
    @CurrentUser() user: User,
    @IdParam() id: string,
    @Body() body: UpdateChartDto,
  ): Promise<ChartDto> {
    return this.charts.update(user.id, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; its public key answers 404 at once.' })
  @ApiServiceUnavailableResponse({ description: REDIS_DOWN })
  remove(@CurrentUser() user: User, @IdParam() id: string): Promise<void> {
    return this.charts.remove(user.id, id);
  }

  @Post(':id/rotate-key')
  @HttpCode(200)
  @ApiOkResponse({
    type: ChartDto,
    description: 'The chart with its new key; the old one answers 404.',
  })
  @ApiServiceUnavailableResponse({ description: REDIS_DOWN })
  rotateKey(@CurrentUser() user: User, @IdParam() id: string): Promise<ChartDto> {
    return this.charts.rotateKey(user.id, id);
  }

  @Get(':id/data')
  @ApiOkResponse({
    type: ChartDataResponseDto,
    description: 'For the owner, public or not; computed first when stale.',
  })
  data(@CurrentUser() user: User, @IdParam() id: string): Promise<ChartDataResponseDto> {
    return this.charts.data(user.id, id);
  }
}
