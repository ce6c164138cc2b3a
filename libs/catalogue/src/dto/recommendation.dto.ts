import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADDRESSEES, ADOPTIONS, MODALITIES, TEXT_LANGUAGES } from '#contracts';
import { EDITORIAL_NOTE_KINDS, PARSED_LANGUAGES } from '#importer';
import { LINK_TYPES } from '../entities/recommendation-link.entity.js';
import { RecommendationArticleDto } from './article.dto.js';

export class SectionRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A.1' }) key: string;
  @ApiProperty({ example: { zh: '为切除器官的目的贩运人口' } }) heading: Record<string, string>;
}

export class RecommendationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 4, description: 'Session (meeting) number' }) session: number;
  @ApiProperty({ type: SectionRefDto, nullable: true }) section: SectionRefDto | null;
  @ApiProperty({ example: '32' }) number: string;
  @ApiProperty({ type: String, nullable: true, example: '(a)' }) label: string | null;
  @ApiProperty({ example: 'CTOC/COP/WG.4/2011/8, para. 32' }) reference: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { zh: '缔约国应当……' },
    description: 'Every text by language; with ?lang= only the one the text rule picks (that language, else English, else the source language)',
  })
  text: Record<string, string>;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: TEXT_LANGUAGES,
    description: 'The language the text rule picks: ?lang= when that text exists, else English, else the source language',
  })
  textLanguage: string | null;
  @ApiProperty({ enum: ADDRESSEES, isArray: true }) addressee: string[];
  @ApiProperty({ enum: MODALITIES }) modality: string;
  @ApiProperty({ enum: ADOPTIONS }) adoption: string;
  @ApiProperty() isContainer: boolean;
  @ApiProperty() requiresStateReport: boolean;
  @ApiProperty({ type: [String], example: ['organ_removal'] }) themes: string[];
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: () => [RecommendationDto] }) children: RecommendationDto[];
  @ApiPropertyOptional({
    enum: TEXT_LANGUAGES,
    isArray: true,
    description: 'Only with ?q=: the languages whose text matched here (the ?lang= text, the original text, or both); empty when only a sub-item matched',
  })
  matchedIn?: string[];
}

export class RevisionDto {
  @ApiProperty() version: number;
  @ApiProperty({ description: 'The fields as they were before the change' }) snapshot: Record<string, unknown>;
  @ApiProperty({ type: [String] }) changedFields: string[];
  @ApiProperty({ enum: ['import', 'edit'] }) source: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) changedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name of who edited it (null for an import, or once the account is gone)' }) changedByName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class LinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LINK_TYPES }) type: string;
  @ApiProperty({ enum: ['outgoing', 'incoming'] }) direction: 'outgoing' | 'incoming';
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ example: 'CTOC/COP/WG.4/2011/8, para. 32' }) reference: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A change the importer made to the source's words of this recommendation (issue 19: never silent). */
export class EditorialNoteDto {
  @ApiProperty({ enum: EDITORIAL_NOTE_KINDS, description: 'Why: the kind of change' }) kind: (typeof EDITORIAL_NOTE_KINDS)[number];
  @ApiProperty({ enum: PARSED_LANGUAGES, description: 'The language version whose text was changed' }) language: string;
  @ApiProperty({ example: '好地理解 and 认识这一', description: 'The source words' }) from: string;
  @ApiProperty({ example: '好地理解和认识这一', description: 'The words as imported (empty when removed)' }) to: string;
}

export class RecommendationDetailDto extends RecommendationDto {
  @ApiProperty({ type: [EditorialNoteDto] }) editorialNotes: EditorialNoteDto[];
  @ApiProperty({ type: [RevisionDto] }) revisions: RevisionDto[];
  @ApiProperty({ type: [LinkDto] }) links: LinkDto[];
  @ApiProperty({ type: [RecommendationArticleDto], description: 'Articles of the Protocol and the Convention it concerns: suggested, confirmed or rejected' })
  articles: RecommendationArticleDto[];
}
