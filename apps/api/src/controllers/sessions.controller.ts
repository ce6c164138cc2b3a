import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CurrentUser, PageQueryDto, pageOfAll, type Page, PositiveIntParam } from '#common';
import { SessionDetailDto, SessionDto, SessionsService, UpdateSessionDto } from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';

@ApiTags('catalogue')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'Meetings of the Working Group, in order' })
  @ApiPageResponse(SessionDto)
  @ApiProblems(400)
  async list(@Query() query: PageQueryDto): Promise<Page<SessionDto>> {
    return pageOfAll(await this.sessions.list(), query);
  }

  @Get(':number')
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'One meeting, with its sections, documents and attendance' })
  @ApiParam({ name: 'number', example: 4 })
  @ApiOkResponse({ type: SessionDetailDto })
  @ApiProblems(400, 404)
  get(@Param('number', new PositiveIntParam('number', 1000)) number: number): Promise<SessionDetailDto> {
    return this.sessions.get(number);
  }

  @Patch(':number')
  @RequirePermission('catalogue:write')
  @ApiOperation({
    summary: 'Correct a meeting’s report symbol, venue or title',
    description:
      'A new report symbol rewrites the reference of every recommendation of the meeting ("WG.4 meeting 5, para. 5" → ' +
      '"<symbol>, para. 5"). Absent fields are kept, null clears the symbol or the venue. Audited (session.updated). ' +
      'Sessions carry no version: the last correction wins. 409 REPORT_SYMBOL_TAKEN when another meeting has the symbol.',
  })
  @ApiParam({ name: 'number', example: 5 })
  @ApiOkResponse({ type: SessionDetailDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param('number', new PositiveIntParam('number', 1000)) number: number, @Body() dto: UpdateSessionDto): Promise<SessionDetailDto> {
    return this.sessions.update(user, number, dto);
  }
}
