import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CurrentUser, uuidParam, type Page } from '#common';
import {
  CreateUserDto,
  InvitationReceiptDto,
  InvitedUserDto,
  ListUsersQuery,
  RequirePermission,
  RevokedSessionsDto,
  UpdateUserDto,
  UserDto,
  UsersService,
  type AuthUser,
} from '#auth';

const uuid = uuidParam('id');

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'List users' })
  @ApiPageResponse(UserDto)
  @ApiProblems(400)
  async list(@Query() query: ListUsersQuery): Promise<Page<UserDto>> {
    const page = await this.users.list(query);
    return { ...page, items: page.items.map(UserDto.from) };
  }

  @Post()
  @RequirePermission('users:manage')
  @ApiOperation({
    summary: 'Create a user and invite them',
    description: 'The user gets a single-use link by e-mail (valid INVITATION_TTL_HOURS) to choose their own password; nobody else ever knows it.',
  })
  @ApiCreatedResponse({ type: InvitedUserDto })
  @ApiProblems(400, 409)
  async create(@CurrentUser() actor: AuthUser, @Body() dto: CreateUserDto): Promise<InvitedUserDto> {
    const { user, invitation } = await this.users.invite(actor, dto);
    return { ...UserDto.from(user), invitation: { ...invitation, expiresAt: invitation.expiresAt.toISOString() } };
  }

  @Get(':id')
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'One user' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404)
  async get(@Param('id', uuid) id: string): Promise<UserDto> {
    return UserDto.from(await this.users.get(id));
  }

  @Patch(':id')
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'Change name, role, State or active flag', description: 'The last active admin cannot be demoted or deactivated (409).' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404, 409)
  async update(@CurrentUser() actor: AuthUser, @Param('id', uuid) id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return UserDto.from(await this.users.update(actor, id, dto));
  }

  @Post(':id/reset-password')
  @RequirePermission('users:manage')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reset a password: the old one stops working, the user is signed out everywhere and gets a new invitation link',
  })
  @ApiOkResponse({ type: InvitationReceiptDto })
  @ApiProblems(400, 404)
  async resetPassword(@CurrentUser() actor: AuthUser, @Param('id', uuid) id: string): Promise<InvitationReceiptDto> {
    const receipt = await this.users.resetPassword(actor, id);
    return { ...receipt, expiresAt: receipt.expiresAt.toISOString() };
  }

  @Post(':id/revoke-sessions')
  @RequirePermission('users:manage')
  @HttpCode(200)
  @ApiOperation({ summary: "End every session of a user (their access tokens are refused from the next request)" })
  @ApiOkResponse({ type: RevokedSessionsDto })
  @ApiProblems(400, 404)
  revokeSessions(@CurrentUser() actor: AuthUser, @Param('id', uuid) id: string): Promise<RevokedSessionsDto> {
    return this.users.revokeSessions(actor, id);
  }
}
