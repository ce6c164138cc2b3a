import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { AllowPendingMfaEnrolment, AllowPendingPasswordChange, ApiProblems, CurrentUser, Public } from '#common';
import {
  AuthService,
  ChangePasswordDto,
  LocalAuthGuard,
  LoginDto,
  MfaChallengeDto,
  RefreshTokenDto,
  RequirePermission,
  TokenPairDto,
  UserDto,
  type AuthUser,
  type LoginResult,
} from '#auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description:
      'At most 10 failures per account per 15 minutes, then 429 with Retry-After. For a user with two-factor sign-in the answer is an MFA challenge (no tokens): send it with a code to POST /api/auth/login/mfa.',
  })
  @ApiBody({ type: LoginDto })
  @ApiExtraModels(TokenPairDto, MfaChallengeDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(TokenPairDto) }, { $ref: getSchemaPath(MfaChallengeDto) }] } })
  @ApiProblems(400, 401, 429)
  login(@CurrentUser() result: LoginResult): LoginResult {
    // LocalAuthGuard validated the body and ran the sign-in; passport put its result on the request.
    return result;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (single use, rotating)' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401)
  refresh(@Body() dto: RefreshTokenDto): Promise<LoginResult> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the session (the refresh token and every token of its family)' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  logout(@Body() dto: RefreshTokenDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @Get('me')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return UserDto.from(await this.auth.me(user));
  }

  @Post('change-password')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your password', description: 'Revokes your other sessions; refresh once to continue this one.' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }
}
