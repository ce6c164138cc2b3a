import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { MfaStatus } from '../mfa.service.js';

/** A 6-digit TOTP code. */
export class MfaCodeDto {
  @ApiProperty({ example: '492039', pattern: '^\\s*\\d{3}\\s?\\d{3}\\s*$', description: 'The 6-digit code from the authenticator app.' })
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'code must be 6 digits' })
  code: string;
}

/** A TOTP code or a recovery code. */
export class MfaCodeOrRecoveryDto {
  @ApiProperty({ example: '492039', minLength: 6, maxLength: 40, description: 'A 6-digit code from the app, or an unused recovery code.' })
  @IsString()
  @MinLength(6)
  @MaxLength(40)
  code: string;
}

export class MfaLoginDto extends MfaCodeOrRecoveryDto {
  @ApiProperty({ description: 'The challengeToken the password step returned (valid 5 minutes, single use).', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  challengeToken: string;
}

export class MfaStatusDto {
  @ApiProperty({ description: 'A confirmed second factor is set up.' }) enabled: boolean;
  @ApiProperty({ description: 'Your role requires it (MFA_REQUIRED_ROLES).' }) required: boolean;
  @ApiProperty({ description: 'An enrolment was started and not confirmed yet.' }) pendingEnrolment: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt: string | null;
  @ApiProperty({ example: 10 }) recoveryCodesRemaining: number;

  static from(status: MfaStatus): MfaStatusDto {
    return { ...status, confirmedAt: status.confirmedAt?.toISOString() ?? null };
  }
}

export class MfaEnrolmentDto {
  @ApiProperty({ example: 'otpauth://totp/WG.4%20Follow-up:admin%40example.org?issuer=WG.4%20Follow-up&secret=…&algorithm=SHA1&digits=6&period=30' })
  otpauthUri: string;
  @ApiProperty({ description: 'The otpauth URI as a QR code: an SVG image as a data URL (`data:image/svg+xml;base64,…`).' })
  qrCodeDataUrl: string;
  @ApiProperty({ description: 'The secret in base32, for typing into an app by hand.', example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })
  secret: string;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: [String], description: '10 single-use codes, shown once; keep them somewhere safe.', example: ['k7qm-x2ra-9fdh-tc4n'] })
  recoveryCodes: string[];
}

export class MfaChallengeDto {
  @ApiProperty({ enum: [true], description: 'The password was right; send a code to POST /api/auth/login/mfa.' }) mfaRequired: true;
  @ApiProperty({ description: 'Opaque, single use; at most 5 wrong codes.' }) challengeToken: string;
  @ApiProperty({ example: 300, description: 'Seconds until the challenge expires.' }) expiresIn: number;
}
