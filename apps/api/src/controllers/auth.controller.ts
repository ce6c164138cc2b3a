import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { AllowPendingMfaEnrolment, AllowPendingPasswordChange, ApiPageResponse, ApiProblems, CurrentUser, PageQueryDto, pageOfAll, Public, uuidParam, type Page } from '#common';
import {
  AuthService,
  ChangePasswordDto,
  ForgotPasswordDto,
  LocalAuthGuard,
  LoginDto,
  MfaChallengeDto,
  RefreshTokenDto,
  PasswordSetDto,
  RequirePermission,
  SignInSessionDto,
  SetPasswordDto,
  TokenPairDto,
  MeDto,
  UpdateMeDto,
  type AuthUser,
  type LoginResult,
} from '#auth';
import {
  BrowserOriginGuard,
  CLEAR_REFRESH_COOKIE_HEADER,
  ClearRefreshCookie,
  RefreshCookie,
  REFRESH_COOKIE_SCHEME,
  SET_REFRESH_COOKIE_HEADER,
  SetRefreshCookie,
} from '../browser-session.js';

const COOKIE_NOTE =
  ' Browsers: the answer also sets the refresh token as an httpOnly, SameSite=Strict cookie on /api/auth; requests from a page must come from this origin or a CORS_ORIGIN (else 403 CSRF_ORIGIN_REFUSED).';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  // The Origin check first: a refused cross-site sign-in must not even count as an attempt.
  @UseGuards(BrowserOriginGuard, LocalAuthGuard)
  @UseInterceptors(SetRefreshCookie)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description:
      'After 5 failures of one account from one address, each further try from there waits a doubling delay (429 with Retry-After); other addresses are not delayed. 100 failures per address per 15 minutes, then 429. For a user with two-factor sign-in the answer is an MFA challenge (no tokens): send it with a code to POST /api/auth/login/mfa.' +
      COOKIE_NOTE,
  })
  @ApiBody({ type: LoginDto })
  @ApiExtraModels(TokenPairDto, MfaChallengeDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(TokenPairDto) }, { $ref: getSchemaPath(MfaChallengeDto) }] }, headers: SET_REFRESH_COOKIE_HEADER })
  @ApiProblems(400, 401, 403, 429)
  login(@CurrentUser() result: LoginResult): LoginResult {
    // LocalAuthGuard validated the body and ran the sign-in; passport put its result on the request.
    return result;
  }

  @Post('refresh')
  @Public()
  @UseGuards(BrowserOriginGuard)
  @UseInterceptors(SetRefreshCookie)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (single use, rotating)',
    description: 'The token in the body (refreshToken) or, from a browser, the session cookie; neither is 400 REFRESH_TOKEN_REQUIRED.' + COOKIE_NOTE,
  })
  @ApiSecurity({})
  @ApiSecurity(REFRESH_COOKIE_SCHEME)
  @ApiBody({ type: RefreshTokenDto, required: false })
  @ApiOkResponse({ type: TokenPairDto, headers: SET_REFRESH_COOKIE_HEADER })
  @ApiProblems(400, 401, 403)
  refresh(@Body() dto: RefreshTokenDto, @RefreshCookie() cookie: string | undefined): Promise<LoginResult> {
    return this.auth.refresh(dto.refreshToken ?? cookie);
  }

  @Post('logout')
  @Public()
  @UseGuards(BrowserOriginGuard)
  @UseInterceptors(ClearRefreshCookie)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: end the session of this refresh token (its access tokens stop working at once)',
    description: 'The token in the body or the session cookie (which the answer clears); neither is 400 REFRESH_TOKEN_REQUIRED. Cross-origin pages get 403 CSRF_ORIGIN_REFUSED.',
  })
  @ApiSecurity({})
  @ApiSecurity(REFRESH_COOKIE_SCHEME)
  @ApiBody({ type: RefreshTokenDto, required: false })
  @ApiNoContentResponse({ headers: CLEAR_REFRESH_COOKIE_HEADER })
  @ApiProblems(400, 403)
  logout(@Body() dto: RefreshTokenDto, @RefreshCookie() cookie: string | undefined): Promise<void> {
    return this.auth.logout(dto.refreshToken ?? cookie);
  }

  @Get('me')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @ApiOperation({ summary: 'The signed-in user: role, State, language, two-factor status and the permissions of the role' })
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return MeDto.fromMe(await this.auth.me(user));
  }

  @Patch('me')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @ApiOperation({
    summary: 'Change your own interface language and/or display name',
    description: 'Allowed while a password change or MFA enrolment is pending, so the language can be chosen first. Audited as user.self_updated.',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(400)
  async updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return MeDto.fromMe(await this.auth.updateMe(user, dto));
  }

  @Post('change-password')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your password', description: 'Throttled like sign-in. Revokes your other sessions; refresh once to continue this one.' })
  @ApiNoContentResponse()
  @ApiProblems(400, 429)
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }

  @Get('sessions')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @ApiOperation({ summary: 'Your live sessions (device, address, last use), the current one marked' })
  @ApiPageResponse(SignInSessionDto)
  @ApiProblems(400)
  async sessions(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<Page<SignInSessionDto>> {
    const sessions = await this.auth.listSessions(user);
    return pageOfAll(
      sessions.map((s) => ({
        ...s,
        createdAt: s.createdAt.toISOString(),
        lastUsedAt: s.lastUsedAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
      })),
      query,
    );
  }

  @Delete('sessions/:id')
  @RequirePermission('account:self')
  @AllowPendingPasswordChange()
  @AllowPendingMfaEnrolment()
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of your sessions' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  revokeSession(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.auth.revokeOwnSession(user, id);
  }

  @Post('set-password')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Choose your password with the single-use link of an invitation or a reset',
    description: 'Ends every session of the account; then sign in. An unknown, used or expired link is 400 INVALID_ACCOUNT_LINK.',
  })
  @ApiOkResponse({ type: PasswordSetDto })
  @ApiProblems(400, 429)
  setPassword(@Body() dto: SetPasswordDto): Promise<PasswordSetDto> {
    return this.auth.setPasswordWithToken(dto.token, dto.password);
  }

  @Post('forgot-password')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a password reset link by e-mail',
    description: 'Always 202, whether or not the address has an account; the link (single use, 30 minutes) goes only to the address.',
  })
  @ApiAcceptedResponse({ description: 'If the address belongs to an active account, a link is on its way.' })
  @ApiProblems(400, 429)
  forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    return this.auth.forgotPassword(dto.email);
  }
}
