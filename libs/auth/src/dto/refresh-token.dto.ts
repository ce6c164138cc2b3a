import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** The refresh token in the body (programmatic clients); browsers send the httpOnly session cookie instead. */
export class RefreshTokenDto {
  @ApiPropertyOptional({
    description: 'The opaque refresh token from login or the previous refresh. Optional when the session cookie is sent; the body wins when both are.',
    minLength: 20,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}
