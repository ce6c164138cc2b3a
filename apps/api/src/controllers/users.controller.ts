import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CurrentUser, uuidParam, type Page } from '#common';
import {
  BULK_MAX_BYTES,
  BULK_MAX_ROWS,
  BulkInvitationResultDto,
  BulkInvitationsService,
  BulkPreviewDto,
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
  constructor(
    private readonly users: UsersService,
    private readonly bulk: BulkInvitationsService,
  ) {}

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

  @Post('bulk-invitations/preview')
  @RequirePermission('users:manage')
  @HttpCode(200)
  // Over the limit, the upload stops at once (413 PAYLOAD_TOO_LARGE); an XLSX that unpacks too large is 413 BULK_FILE_TOO_LARGE.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: BULK_MAX_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Check a file of focal points to invite, writing nothing',
    description:
      `A CSV (UTF-8; comma, semicolon or tab) or XLSX file (first sheet), ≤ 1 MB, ≤ ${BULK_MAX_ROWS} people: a header row naming the columns ` +
      'e-mail, name, state (ISO alpha-3 code or a name in any of the six UN languages) and optionally language (code or name; empty = en), ' +
      'then one row per person. Answers every row with its parsed values, its State and its problems (BULK_ROW_PROBLEMS codes, each with its column).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiOkResponse({ type: BulkPreviewDto })
  @ApiProblems(400, 413, 415, 422)
  async previewBulk(@UploadedFile() file: { buffer: Buffer } | undefined): Promise<BulkPreviewDto> {
    return BulkPreviewDto.from(await this.bulk.preview(file));
  }

  @Post('bulk-invitations')
  @RequirePermission('users:manage')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: BULK_MAX_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Invite every focal point of a file: all or nothing',
    description:
      'The same file and checks as the preview. If any row has a problem: 422 BULK_INVITATION_INVALID with `rows` (those with problems) and `totals`, and nothing is written. ' +
      'Else every account (role focal_point) and its invitation are created in one transaction, audited like single invitations, and the invitations mailed after the commit.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: BulkInvitationResultDto })
  @ApiProblems(400, 409, 413, 415, 422)
  async inviteBulk(@CurrentUser() actor: AuthUser, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<BulkInvitationResultDto> {
    return BulkInvitationResultDto.from(await this.bulk.invite(actor, file));
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
