import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowPendingMfaEnrolment, ApiProblems, CurrentUser, Public, uuidParam } from '#common';
import {
  AuthService,
  MfaCodeDto,
  MfaCodeOrRecoveryDto,
  MfaEnrolmentDto,
  MfaLoginDto,
  MfaService,
  MfaStatusDto,
  RecoveryCodesDto,
  RequirePermission,
  TokenPairDto,
  type AuthUser,
  type TokensResult,
} from '#auth';
import { BrowserOriginGuard, SET_REFRESH_COOKIE_HEADER, SetRefreshCookie } from '../browser-session.js';

/** Two-factor sign-in (TOTP, RFC 6238): one's own enrolment, the sign-in's second step, and the admin reset. */
@ApiTags('auth')
@Controller()
export class MfaController {
  constructor(
    private readonly mfa: MfaService,
    private readonly auth: AuthService,
  ) {}

  @Get('auth/mfa')
  @RequirePermission('account:self')
  @AllowPendingMfaEnrolment()
  @ApiOperation({ summary: 'Your two-factor sign-in: set up, required for your role, recovery codes left' })
  @ApiOkResponse({ type: MfaStatusDto })
  async status(@CurrentUser() user: AuthUser): Promise<MfaStatusDto> {
    return MfaStatusDto.from(await this.mfa.status(user));
  }

  @Post('auth/mfa/enrol')
  @RequirePermission('account:self')
  @AllowPendingMfaEnrolment()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start setting up two-factor sign-in',
    description: 'Returns a new TOTP secret as an otpauth:// URI, a QR code and base32 text. Nothing changes until confirmed.',
  })
  @ApiOkResponse({ type: MfaEnrolmentDto })
  @ApiProblems(409)
  enrol(@CurrentUser() user: AuthUser): Promise<MfaEnrolmentDto> {
    return this.mfa.startEnrolment(user);
  }

  @Post('auth/mfa/enrol/confirm')
  @RequirePermission('account:self')
  @AllowPendingMfaEnrolment()
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the set-up with a first code; returns 10 single-use recovery codes (shown once)' })
  @ApiBody({ type: MfaCodeDto })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiProblems(400, 409, 429)
  async confirm(@CurrentUser() user: AuthUser, @Body() dto: MfaCodeDto): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.mfa.confirmEnrolment(user, dto.code) };
  }

  @Post('auth/mfa/recovery-codes')
  @RequirePermission('account:self')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace your recovery codes (needs a current code); the old ones stop working' })
  @ApiBody({ type: MfaCodeDto })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiProblems(400, 409, 429)
  async regenerate(@CurrentUser() user: AuthUser, @Body() dto: MfaCodeDto): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(user, dto.code) };
  }

  @Delete('auth/mfa')
  @RequirePermission('account:self')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn off two-factor sign-in (needs a code)', description: '403 MFA_REQUIRED for roles in MFA_REQUIRED_ROLES.' })
  @ApiBody({ type: MfaCodeOrRecoveryDto })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 409, 429)
  disable(@CurrentUser() user: AuthUser, @Body() dto: MfaCodeOrRecoveryDto): Promise<void> {
    return this.mfa.disable(user, dto.code);
  }

  @Post('auth/login/mfa')
  @Public()
  @UseGuards(BrowserOriginGuard)
  @UseInterceptors(SetRefreshCookie)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Second step of sign-in: the challenge token and a TOTP or recovery code',
    description:
      'The challenge is single use, valid 5 minutes, dead after 5 wrong codes; wrong codes count against the account like wrong passwords. Like login, sets the httpOnly session cookie; cross-origin pages get 403 CSRF_ORIGIN_REFUSED.',
  })
  @ApiBody({ type: MfaLoginDto })
  @ApiOkResponse({ type: TokenPairDto, headers: SET_REFRESH_COOKIE_HEADER })
  @ApiProblems(400, 401, 403, 429)
  loginMfa(@Body() dto: MfaLoginDto): Promise<TokensResult> {
    return this.auth.completeMfaLogin(dto.challengeToken, dto.code);
  }

  @Post('users/:id/mfa/reset')
  @RequirePermission('users:manage')
  @HttpCode(204)
  @ApiOperation({
    summary: "Remove a user's second factor and sign them out everywhere",
    description: 'Audited; the user is told by e-mail and must enrol again if their role requires it. Not for your own account (403).',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  reset(@CurrentUser() actor: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.mfa.adminReset(actor, id);
  }
}
