import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CurrentUser, uuidParam, type Page } from '#common';
import {
  CreatedUserDto,
  CreateUserDto,
  ListUsersQuery,
  RequirePermission,
  TemporaryPasswordDto,
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
  @ApiOperation({ summary: 'Create a user', description: 'Without a password, a temporary one is returned once.' })
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiProblems(400, 409)
  async create(@CurrentUser() actor: AuthUser, @Body() dto: CreateUserDto): Promise<CreatedUserDto> {
    const { user, temporaryPassword } = await this.users.create(actor, dto);
    return { ...UserDto.from(user), ...(temporaryPassword ? { temporaryPassword } : {}) };
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
  @ApiOperation({ summary: 'Issue a temporary password and sign the user out everywhere' })
  @ApiOkResponse({ type: TemporaryPasswordDto })
  @ApiProblems(400, 404)
  resetPassword(@CurrentUser() actor: AuthUser, @Param('id', uuid) id: string): Promise<TemporaryPasswordDto> {
    return this.users.resetPassword(actor, id);
  }
}
