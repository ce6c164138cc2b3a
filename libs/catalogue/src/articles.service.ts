import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { articleLinksOf, suggestArticleLinks } from './article-links.js';
import { CatalogueError } from './catalogue-errors.js';
import type { ArticleDto, DecideArticleDto, RecommendationArticleDto, RecommendationArticlesDto } from './dto/article.dto.js';
import type { ArticleInstrument } from './entities/article.entity.js';
import type { Actor } from './recommendations.service.js';

export interface ArticleSeed {
  code: string;
  instrument: ArticleInstrument;
  number: number;
  titles: Record<string, string>;
}

/** The articles taxonomy (seeds/articles.json) and the secretariat's decisions on the recommendations' links to it. */
@Injectable()
export class ArticlesService {
  private readonly logger = new Logger('Articles');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(lang = 'en'): Promise<ArticleDto[]> {
    const rows: (Omit<ArticleDto, 'confirmed' | 'suggested'> & { confirmed: string; suggested: string })[] = await this.dataSource.query(
      `SELECT a.code, a.instrument, a.number, COALESCE(a.titles->>$1, a.titles->>'en') AS title, a.titles,
              count(ra.recommendation_id) FILTER (WHERE ra.status = 'confirmed') AS confirmed,
              count(ra.recommendation_id) FILTER (WHERE ra.status = 'suggested') AS suggested
         FROM articles a LEFT JOIN recommendation_articles ra ON ra.article_id = a.id
        GROUP BY a.id ORDER BY a.instrument = 'untoc', a.number`,
      [lang],
    );
    return rows.map((r) => ({ ...r, confirmed: Number(r.confirmed), suggested: Number(r.suggested) }));
  }

  linksOf(recommendationId: string, lang?: string): Promise<RecommendationArticleDto[]> {
    return articleLinksOf(this.dataSource.manager, recommendationId, lang);
  }

  /**
   * Confirms or rejects a link (adding it when the rules had not suggested it); the change and its audit event commit
   * together. Answers the recommendation's links as they now are.
   */
  async decide(actor: Actor, recommendationId: string, code: string, dto: DecideArticleDto, lang?: string): Promise<RecommendationArticlesDto> {
    await this.dataSource.transaction(async (em) => {
      const [rec] = await em.query(`SELECT id FROM recommendations WHERE id = $1`, [recommendationId]);
      if (!rec) throw new CatalogueError('RECOMMENDATION_NOT_FOUND');
      const [article]: { id: string }[] = await em.query(`SELECT id FROM articles WHERE code = $1`, [code]);
      if (!article) throw new CatalogueError('ARTICLE_NOT_FOUND');
      const [before]: { status: string }[] = await em.query(
        `SELECT status FROM recommendation_articles WHERE recommendation_id = $1 AND article_id = $2 FOR UPDATE`,
        [recommendationId, article.id],
      );
      if (before?.status === dto.status) return;
      await em.query(
        `INSERT INTO recommendation_articles (recommendation_id, article_id, status, basis, rule, decided_by, decided_at)
         VALUES ($1, $2, $3, 'secretariat', NULL, $4, now())
         ON CONFLICT ON CONSTRAINT "PK_recommendation_articles"
         DO UPDATE SET status = EXCLUDED.status, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
        [recommendationId, article.id, dto.status, actor.id],
      );
      await this.audit.record(
        {
          actor,
          action: `recommendation.article_${dto.status}`,
          entity: 'recommendation',
          entityId: recommendationId,
          changes: { [`article:${code}`]: { from: before?.status ?? null, to: dto.status } },
        },
        em,
      );
    });
    return { recommendationId, articles: await this.linksOf(recommendationId, lang) };
  }

  /** Inserts the seeded articles the database lacks (titles it has are kept). */
  async seed(em: EntityManager, seeds: ArticleSeed[]): Promise<number> {
    if (seeds.length === 0) return 0;
    const rows: unknown[] = await em.query(
      `INSERT INTO articles (code, instrument, number, titles)
       SELECT x.code, x.instrument, x.number, x.titles FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, instrument varchar, number int, titles jsonb)
       ON CONFLICT ON CONSTRAINT "UQ_articles_code" DO NOTHING RETURNING id`,
      [JSON.stringify(seeds)],
    );
    return rows.length;
  }

  /**
   * Every start, after the catalogue's seeding: the articles of seeds/articles.json the database lacks, then the
   * rules' suggestions for recommendations that have no article row yet (all of them, the first time). Under a
   * transaction-level advisory lock, so replicas started together do it once.
   */
  async seedAndSuggest(dir: string): Promise<{ articlesCreated: number; suggestions: number }> {
    const file = path.join(dir, 'articles.json');
    const seeds = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ArticleSeed[]) : [];
    const result = await this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('catalogue:articles'))`);
      const articlesCreated = await this.seed(em, seeds);
      const suggestions = await suggestArticleLinks(em, 'unscanned');
      return { articlesCreated, suggestions };
    });
    if (result.articlesCreated || result.suggestions) this.logger.log(`${result.articlesCreated} articles seeded, ${result.suggestions} article links suggested`);
    return result;
  }
}
