import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CurrentUser, StateCodeParam, type Page } from '#common';
import { ListStatesQuery, StateDetailDto, StateDto, StatesService, UpdateStateDto } from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';

/** ISO 3166-1 alpha-3 in the path; anything else is a 400 before any query runs. */
const stateCode = new StateCodeParam();

@ApiTags('catalogue')
@Controller('states')
export class StatesController {
  constructor(private readonly states: StatesService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'UN Member States, observer States and the EU (code EUU)' })
  @ApiPageResponse(StateDto)
  @ApiProblems(400)
  list(@Query() query: ListStatesQuery): Promise<Page<StateDto>> {
    return this.states.list(query);
  }

  @Get(':code')
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'One State, with the sessions it attended' })
  @ApiParam({ name: 'code', example: 'KEN' })
  @ApiOkResponse({ type: StateDetailDto })
  @ApiProblems(400, 404)
  get(@Param('code', stateCode) code: string): Promise<StateDetailDto> {
    return this.states.get(code);
  }

  @Patch(':code')
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: "Correct a State's status under the Protocol" })
  @ApiParam({ name: 'code', example: 'KEN' })
  @ApiOkResponse({ type: StateDto })
  @ApiProblems(400, 404)
  update(@CurrentUser() user: AuthUser, @Param('code', stateCode) code: string, @Body() dto: UpdateStateDto): Promise<StateDto> {
    return this.states.update(user, code, dto);
  }
}
