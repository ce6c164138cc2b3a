import type { EntityManager } from 'typeorm';
import { suggestArticles } from './article-rules.js';
import type { RecommendationArticleDto } from './dto/article.dto.js';

/**
 * Stores the rules' suggestions for a session's recommendations (after an import: a new language version may cite
 * more), or for every recommendation that has no article row yet (the existing catalogue, once). A link that
 * exists keeps its status: a confirmed or rejected one is never re-suggested. Articles not in the taxonomy are dropped.
 */
export async function suggestArticleLinks(em: EntityManager, scope: { session: number } | 'unscanned'): Promise<number> {
  const articles = new Map<string, string>(((await em.query(`SELECT id, code FROM articles`)) as { id: string; code: string }[]).map((a) => [a.code, a.id]));
  if (articles.size === 0) return 0;
  const recommendations: { id: string; text: Record<string, string> }[] =
    scope === 'unscanned'
      ? await em.query(
          `SELECT r.id, r.text FROM recommendations r
            WHERE NOT EXISTS (SELECT 1 FROM recommendation_articles ra WHERE ra.recommendation_id = r.id)`,
        )
      : await em.query(`SELECT r.id, r.text FROM recommendations r JOIN sessions s ON s.id = r.session_id WHERE s.number = $1`, [scope.session]);
  const rows = recommendations.flatMap((r) =>
    suggestArticles(r.text ?? {})
      .filter((s) => articles.has(s.article))
      .map((s) => ({ recommendation_id: r.id, article_id: articles.get(s.article)!, basis: s.basis, rule: s.rule })),
  );
  if (rows.length === 0) return 0;
  const inserted: unknown[] = await em.query(
    `INSERT INTO recommendation_articles (recommendation_id, article_id, status, basis, rule)
     SELECT x.recommendation_id, x.article_id, 'suggested', x.basis, x.rule
       FROM jsonb_to_recordset($1::jsonb) AS x(recommendation_id uuid, article_id uuid, basis varchar, rule varchar)
     ON CONFLICT ON CONSTRAINT "PK_recommendation_articles" DO NOTHING RETURNING 1`,
    [JSON.stringify(rows)],
  );
  return inserted.length;
}

/** After an applied import: the suggestions for the session it wrote, in the same transaction. */
export async function withArticleSuggestions<T extends { summary: { status: string; session: number | null } }>(em: EntityManager, result: T): Promise<T> {
  if (result.summary.status === 'applied' && result.summary.session !== null) await suggestArticleLinks(em, { session: result.summary.session });
  return result;
}

/** A recommendation's article links (rejected ones included, marked), Protocol articles first. */
export async function articleLinksOf(em: EntityManager, recommendationId: string, lang = 'en'): Promise<RecommendationArticleDto[]> {
  const rows: (Omit<RecommendationArticleDto, 'decidedAt'> & { decidedAt: Date | null })[] = await em.query(
    `SELECT a.code, a.instrument, a.number, COALESCE(a.titles->>$2, a.titles->>'en') AS title, ra.status, ra.basis, ra.rule,
            ra.decided_by AS "decidedBy", ra.decided_at AS "decidedAt"
       FROM recommendation_articles ra JOIN articles a ON a.id = ra.article_id
      WHERE ra.recommendation_id = $1
      ORDER BY a.instrument = 'untoc', a.number`,
    [recommendationId, lang],
  );
  return rows.map((r) => ({ ...r, decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null }));
}
