import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEmail, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, trimString } from '#common';

/** The audit trail's filters, shared by the list and the CSV export. */
export class AuditFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Actor (user id)' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ example: 'admin@example.org', description: 'Actor by e-mail (exact, case-insensitive)' })
  @IsOptional()
  @Transform(trimString)
  @IsEmail()
  @MaxLength(254)
  actorEmail?: string;

  @ApiPropertyOptional({ example: 'auth.login', description: 'Action, or a prefix of it (auth.login matches auth.login.failed)' })
  @IsOptional()
  @Matches(/^[a-z_.]+$/, { message: 'action must be lowercase letters, dots and underscores' })
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @Matches(/^[a-z_]+$/, { message: 'entity must be lowercase letters and underscores' })
  @MaxLength(64)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[\w.:-]+$/, { message: 'entityId contains invalid characters' })
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class ListAuditQuery extends IntersectionType(PageQueryDto, AuditFilterQuery) {}
