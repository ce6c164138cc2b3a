import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Documentation shape of an RFC 9457 problem+json body (the filter in apps/api produces it). */
export class ProblemFieldErrorDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'email must be an email' }) message: string;
  @ApiPropertyOptional({ example: 'isEmail', description: 'The rule that failed (a validator name such as isEmail, isLength, isIn): clients word the message in their language from it.' })
  rule?: string;
}

export class ProblemDto {
  @ApiProperty({ example: 'urn:wg4:problem:validation-failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'The request is not valid.' }) detail: string;
  @ApiPropertyOptional({ example: 'VALIDATION_FAILED' }) code?: string;
  @ApiPropertyOptional({ example: '/api/users' }) instance?: string;
  @ApiPropertyOptional({ example: '5f0c6b5e-2a8e-4bb5-a5a1-0f3c1c1f8c53' }) requestId?: string;
  @ApiPropertyOptional({ type: [ProblemFieldErrorDto] }) errors?: ProblemFieldErrorDto[];
}
