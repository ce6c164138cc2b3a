import { ApiProperty } from '@nestjs/swagger';
import { BULK_ROW_PROBLEMS, UI_LANGUAGES, type BulkRowProblemCode, type UiLanguage } from '#contracts';
import type { BulkInvitationResult, BulkPreview } from '../bulk/bulk-invitations.service.js';
import { InvitedUserDto, UserDto } from './user.dto.js';

const PROBLEM_CODES = Object.keys(BULK_ROW_PROBLEMS) as BulkRowProblemCode[];
const COLUMNS = ['email', 'name', 'state', 'language'] as const;

export class BulkRowProblemDto {
  @ApiProperty({ enum: PROBLEM_CODES, description: 'BULK_ROW_PROBLEMS in libs/contracts' }) code: BulkRowProblemCode;
  @ApiProperty({ enum: COLUMNS }) field: (typeof COLUMNS)[number];
  @ApiProperty() message: string;
}

export class BulkRowInputDto {
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty() state: string;
  @ApiProperty() language: string;
}

export class BulkRowStateDto {
  @ApiProperty({ example: 'KEN' }) code: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { en: 'Kenya', fr: 'Kenya' }, description: 'The State’s name in each language' }) names: Record<string, string>;
}

export class BulkRowDto {
  @ApiProperty({ description: 'The row’s number in the file (1-based, as a spreadsheet shows it)' }) row: number;
  @ApiProperty({ type: BulkRowInputDto, description: 'The cells as read (trimmed)' }) input: BulkRowInputDto;
  @ApiProperty({ type: String, nullable: true, description: 'The e-mail as it will be stored (lower case); null when missing or invalid' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: BulkRowStateDto, nullable: true, description: 'The State the cell names (by code or by a name in any language)' }) state: BulkRowStateDto | null;
  @ApiProperty({ enum: UI_LANGUAGES, nullable: true, description: 'Interface language (en when the cell is empty)' }) language: UiLanguage | null;
  @ApiProperty({ type: [BulkRowProblemDto] }) problems: BulkRowProblemDto[];
}

export class BulkTotalsDto {
  @ApiProperty({ description: 'People in the file' }) rows: number;
  @ApiProperty({ description: 'Rows without a problem' }) valid: number;
  @ApiProperty() withProblems: number;
  @ApiProperty({ description: 'Problems over all rows' }) problems: number;
}

export class BulkPreviewDto {
  @ApiProperty({ enum: ['csv', 'xlsx'], description: 'As detected from the content' }) format: 'csv' | 'xlsx';
  @ApiProperty({ description: 'No row has a problem: POST /api/users/bulk-invitations with the same file invites them all' }) ready: boolean;
  @ApiProperty({ type: BulkTotalsDto }) totals: BulkTotalsDto;
  @ApiProperty({ type: [BulkRowDto], description: 'Every row, in file order' }) rows: BulkRowDto[];

  static from(p: BulkPreview): BulkPreviewDto {
    return p;
  }
}

export class BulkInvitationResultDto {
  @ApiProperty({ format: 'uuid', description: 'Names this batch in the audit trail (metadata.bulkInvitation of each user.invited)' }) batch: string;
  @ApiProperty({ type: BulkTotalsDto }) totals: BulkTotalsDto;
  @ApiProperty({ type: [InvitedUserDto], description: 'The accounts created, in file order, each with where its invitation went' }) users: InvitedUserDto[];

  static from(r: BulkInvitationResult): BulkInvitationResultDto {
    return {
      batch: r.batch,
      totals: r.totals,
      users: r.invited.map(({ user, invitation }) => ({ ...UserDto.from(user), invitation: { ...invitation, expiresAt: invitation.expiresAt.toISOString() } })),
    };
  }
}
