import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, PageQueryDto, pageOfAll, type Page, CurrentUser, uuidParam } from '#common';
import { CreateCycleDto, CycleDto, CyclesService } from '#reporting';
import { RequirePermission, type AuthUser } from '#auth';

@ApiTags('reporting')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @RequirePermission('cycles:manage')
  @ApiOperation({ summary: 'Plan a reporting cycle; its scope is frozen now', description: 'Default scope: every recommendation of final sessions that asks something of States.' })
  @ApiCreatedResponse({ type: CycleDto })
  @ApiProblems(400, 422)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCycleDto): Promise<CycleDto> {
    return this.cycles.create(user, dto);
  }

  @Get()
  @RequirePermission('cycles:read')
  @ApiOperation({ summary: 'Reporting cycles, newest first' })
  @ApiPageResponse(CycleDto)
  @ApiProblems(400)
  async list(@Query() query: PageQueryDto): Promise<Page<CycleDto>> {
    return pageOfAll(await this.cycles.list(), query);
  }

  @Get(':id')
  @RequirePermission('cycles:read')
  @ApiOperation({ summary: 'One reporting cycle' })
  @ApiOkResponse({ type: CycleDto })
  @ApiProblems(400, 404)
  get(@Param('id', uuidParam()) id: string): Promise<CycleDto> {
    return this.cycles.get(id);
  }

  @Post(':id/open')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open a planned cycle (carries forward each State’s last accepted reports as drafts)' })
  @ApiOkResponse({ type: CycleDto })
  @ApiProblems(400, 404, 409)
  open(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CycleDto> {
    return this.cycles.open(user, id);
  }

  @Post(':id/close')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an open cycle (no more writes)' })
  @ApiOkResponse({ type: CycleDto })
  @ApiProblems(400, 404, 409)
  close(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CycleDto> {
    return this.cycles.close(user, id);
  }

  @Post(':id/reminders')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remind the focal points of States that have submitted nothing (once per deadline)' })
  @ApiOkResponse({ schema: { type: 'object', properties: { reminded: { type: 'integer' } } } })
  @ApiProblems(400, 404, 409)
  remind(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<{ reminded: number }> {
    return this.cycles.remind(user, id);
  }
}
