import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, ETAG_HEADER, PageQueryDto, pageOfAll, StateCodeParam, type Page, CurrentUser, uuidParam, VersionedResource } from '#common';
import {
  CreateCycleDto,
  CycleDto,
  CycleScopeDto,
  CyclesService,
  ReopenCycleDto,
  ScopePreviewDto,
  ScopePreviewQuery,
  StateExtensionBodyDto,
  UpdateCycleDto,
  RemindDto,
  RemindResultDto,
  ReminderPreviewDto,
} from '#reporting';
import { RequirePermission, type AuthUser } from '#auth';

const stateCode = new StateCodeParam();

@ApiTags('reporting')
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @RequirePermission('cycles:manage')
  @ApiOperation({ summary: 'Plan a reporting cycle; its scope is frozen now', description: 'Default scope: every recommendation of final sessions that asks something of States.' })
  @ApiCreatedResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 422)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCycleDto): Promise<CycleDto> {
    return this.cycles.create(user, dto);
  }

  @Post('scope-preview')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'What a cycle created with this scope would hold: the count of recommendations and the first few (nothing is written)' })
  @ApiOkResponse({ type: ScopePreviewDto })
  @ApiProblems(400)
  scopePreview(@Body() dto: CycleScopeDto, @Query() query: ScopePreviewQuery): Promise<ScopePreviewDto> {
    return this.cycles.scopePreview(dto, query.lang ?? null);
  }

  @Get()
  @RequirePermission('cycles:read')
  @ApiOperation({ summary: 'Reporting cycles, newest first' })
  @ApiPageResponse(CycleDto)
  @ApiProblems(400)
  async list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<Page<CycleDto>> {
    return pageOfAll(await this.cycles.list(user), query);
  }

  @Get(':id')
  @RequirePermission('cycles:read')
  @ApiOperation({ summary: 'One reporting cycle' })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404)
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CycleDto> {
    return this.cycles.get(id, undefined, user);
  }

  @Patch(':id')
  @RequirePermission('cycles:manage')
  @ApiOperation({
    summary: 'Rename a cycle or move its dates (If-Match: the ETag of the cycle)',
    description:
      'opensOn only while planned; closesOn while planned or open (then today or later — the late flags of submitted reports follow the new day); a closed cycle is reopened instead.',
  })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404, 409, 412, 428)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateCycleDto,
  ): Promise<CycleDto> {
    return this.cycles.update(user, id, ifMatch, dto);
  }

  @Put(':id/states/:code/extension')
  @RequirePermission('cycles:manage')
  @ApiOperation({
    summary: 'Give one State a later deadline, with the reason (or change it)',
    description: 'The State’s submissions up to that day are not late — those already made included (reports, summaries, rollups).',
  })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404, 409)
  putExtension(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('code', stateCode) code: string,
    @Body() dto: StateExtensionBodyDto,
  ): Promise<CycleDto> {
    return this.cycles.putExtension(user, id, code, dto);
  }

  @Delete(':id/states/:code/extension')
  @RequirePermission('cycles:manage')
  @ApiOperation({ summary: 'Take a State’s extended deadline back (the cycle’s closing day applies again)' })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404, 409)
  deleteExtension(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string): Promise<CycleDto> {
    return this.cycles.deleteExtension(user, id, code);
  }

  @Post(':id/open')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open a planned cycle (carries forward each State’s last accepted reports as drafts)' })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404, 409)
  open(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CycleDto> {
    return this.cycles.open(user, id);
  }

  @Post(':id/close')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an open cycle (no more writes)' })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404, 409)
  close(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<CycleDto> {
    return this.cycles.close(user, id);
  }

  @Post(':id/reopen')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open a closed cycle again until a new closing day (today or later); focal points are told' })
  @ApiOkResponse({ type: CycleDto, headers: ETAG_HEADER })
  @VersionedResource()
  @ApiProblems(400, 404, 409)
  reopen(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: ReopenCycleDto): Promise<CycleDto> {
    return this.cycles.reopen(user, id, dto);
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
    return this.cycles.remind(user, id, dto?.states, dto?.lang);
  }

  @Post(':id/reminders/preview')
  @RequirePermission('cycles:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'The reminder as it would go out now, without sending: recipients, States skipped and why, the mail in each recipient language' })
  @ApiOkResponse({ type: ReminderPreviewDto })
  @ApiProblems(400, 404, 409)
  previewReminder(@Param('id', uuidParam()) id: string, @Body() dto: RemindDto): Promise<ReminderPreviewDto> {
    return this.cycles.previewReminder(id, dto?.states, dto?.lang);
  }
}
