import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PositiveIntParam } from '#common';
import { SessionDetailDto, SessionDto, SessionsService } from '#catalogue';
import { RequirePermission } from '#auth';

@ApiTags('catalogue')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'Meetings of the Working Group, in order' })
  @ApiOkResponse({ type: [SessionDto] })
  list(): Promise<SessionDto[]> {
    return this.sessions.list();
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
