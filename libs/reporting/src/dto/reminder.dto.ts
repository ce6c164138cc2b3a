import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, Matches } from 'class-validator';
import { STATE_CODE_PATTERN, UI_LANGUAGES } from '#contracts';

/** Whom to remind: the States given, else every State with an active focal point that has submitted nothing. */
export class RemindDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['FRA', 'KEN'],
    description: 'State codes to remind. Default: every State with an active focal point that has submitted nothing in the cycle.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(300)
  @ArrayUnique()
  @Matches(STATE_CODE_PATTERN, { each: true, message: 'states must be three-letter State codes' })
  states?: string[];

  @ApiPropertyOptional({ enum: UI_LANGUAGES, description: 'The language of the States’ names in the answer (the reader’s); default English. The mails go out in each recipient’s own language.' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang?: string;
}

export const REMINDER_SKIP_REASONS = ['recently_reminded', 'no_focal_point'] as const;
export type ReminderSkipReason = (typeof REMINDER_SKIP_REASONS)[number];

export class ReminderRecipientDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: UI_LANGUAGES, description: 'The language of the mail this focal point gets (its interface language)' }) language: string;
}

export class ReminderStateDto {
  @ApiProperty({ example: 'FRA' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date', example: '2026-06-30', description: "This State's deadline: the cycle's closing day, or its extension when later" }) deadline: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When this State was last reminded about this cycle' }) lastRemindedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'The earliest moment it may be reminded again (null: now)' }) nextAllowedAt: string | null;
  @ApiProperty({ nullable: true, enum: REMINDER_SKIP_REASONS, description: 'Why it is not reminded (null: it is)' }) skipped: ReminderSkipReason | null;
  @ApiProperty({ type: [ReminderRecipientDto] }) recipients: ReminderRecipientDto[];
}

export class ReminderMessageDto {
  @ApiProperty({ enum: UI_LANGUAGES }) language: string;
  @ApiProperty({ format: 'date', description: 'The deadline this mail names (States with an extension get their own)' }) deadline: string;
  @ApiProperty({ type: [String], example: ['FRA', 'KEN'], description: 'The States whose focal points get this mail (none when nobody would be reminded)' }) states: string[];
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
}

export class ReminderPreviewDto {
  @ApiProperty({ description: 'REMINDER_MIN_INTERVAL_HOURS: a State is reminded again about a cycle only after this long' }) minIntervalHours: number;
  @ApiProperty({ type: [ReminderStateDto], description: 'Every State asked for (or the default ones), with whom the mail would go to' }) states: ReminderStateDto[];
  @ApiProperty({ type: [ReminderMessageDto], description: 'The mail in each language of the recipients (English when there is none)' }) messages: ReminderMessageDto[];
}

export class RemindResultDto {
  @ApiProperty({ description: 'Focal points reminded now (one mail each, through the outbox)' }) reminded: number;
  @ApiProperty({ type: [String], description: 'The States reminded now' }) states: string[];
  @ApiProperty({ type: [ReminderStateDto], description: 'The States not reminded, and why (e.g. reminded within the minimum interval)' }) skipped: ReminderStateDto[];
  @ApiProperty() minIntervalHours: number;
}
