import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, PageQueryDto, pageOfAll, type Page, PositiveIntParam } from '#common';
import { SessionDetailDto, SessionDto, SessionsService } from '#catalogue';
import { RequirePermission } from '#auth';

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
}
