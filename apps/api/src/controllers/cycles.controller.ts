import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, PageQueryDto, pageOfAll, type Page, CurrentUser, uuidParam } from '#common';
import { CreateCycleDto, CycleDto, CyclesService, RemindDto, RemindResultDto, ReminderPreviewDto } from '#reporting';
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
  @ApiOperation({
    summary: 'Remind the focal points of the given States (default: those that have submitted nothing), each in its own language',
    description: 'A State reminded about this cycle less than REMINDER_MIN_INTERVAL_HOURS ago (default 72) is skipped and listed in `skipped`. The mails go through the outbox; audited as cycle.reminded.',
  })
  @ApiOkResponse({ type: RemindResultDto })
  @ApiProblems(400, 404, 409)
  remind(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: RemindDto): Promise<RemindResultDto> {
    return this.cycles.remind(user, id, dto?.states);
  }

  @Post(':id/reminders/preview')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'The reminder as it would go out now, without sending: recipients, States skipped and why, the mail in each recipient language' })
  @ApiOkResponse({ type: ReminderPreviewDto })
  @ApiProblems(400, 404, 409)
  previewReminder(@Param('id', uuidParam()) id: string, @Body() dto: RemindDto): Promise<ReminderPreviewDto> {
    return this.cycles.previewReminder(id, dto?.states);
  }
}
