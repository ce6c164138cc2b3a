import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '#common';
import { TEXT_LANGUAGES } from '#contracts';
import { ARTICLE_INSTRUMENTS, type ArticleInstrument } from '../entities/article.entity.js';
import { ARTICLE_LINK_BASES, ARTICLE_LINK_STATUSES, type ArticleLinkBasis, type ArticleLinkStatus } from '../entities/recommendation-article.entity.js';

export class ArticleDto {
  @ApiProperty({ example: 'tip_6' }) code: string;
  @ApiProperty({ enum: ARTICLE_INSTRUMENTS }) instrument: ArticleInstrument;
  @ApiProperty({ example: 6 }) number: number;
  @ApiProperty({ description: 'The official title in ?lang= (else English)', example: 'Assistance to and protection of victims of trafficking in persons' }) title: string;
  @ApiProperty({ description: 'The official title per language' }) titles: Record<string, string>;
  @ApiProperty({ description: 'Recommendations whose link to it the secretariat confirmed' }) confirmed: number;
  @ApiProperty({ description: 'Recommendations the rules link to it, not yet confirmed or rejected' }) suggested: number;
}

export class RecommendationArticleDto {
  @ApiProperty({ example: 'tip_6' }) code: string;
  @ApiProperty({ enum: ARTICLE_INSTRUMENTS }) instrument: ArticleInstrument;
  @ApiProperty({ example: 6 }) number: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ARTICLE_LINK_STATUSES }) status: ArticleLinkStatus;
  @ApiProperty({ enum: ARTICLE_LINK_BASES, description: 'citation (the text cites the article: a strong suggestion), keyword, or secretariat (added by hand)' })
  basis: ArticleLinkBasis;
  @ApiProperty({ nullable: true, type: String, example: 'keyword:prevention', description: 'The rule that suggested it' }) rule: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
}

export class ArticlesQueryDto {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES }) @IsOptional() @IsIn(TEXT_LANGUAGES) lang?: string;
}

/** The taxonomy's list: a page (every list is paged), titled in `lang`. */
export class ArticlesListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES }) @IsOptional() @IsIn(TEXT_LANGUAGES) lang?: string;
}

/** A recommendation's article links after a decision. */
export class RecommendationArticlesDto {
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ type: () => [RecommendationArticleDto], description: 'Its article links as they now are' }) articles: RecommendationArticleDto[];
}

export const ARTICLE_DECISIONS = ['confirmed', 'rejected'] as const;

export class DecideArticleDto {
  @ApiProperty({ enum: ARTICLE_DECISIONS, description: 'confirmed: the recommendation concerns the article (adds the link if it was not suggested); rejected: it does not (never suggested again)' })
  @IsIn(ARTICLE_DECISIONS)
  status: (typeof ARTICLE_DECISIONS)[number];
}
