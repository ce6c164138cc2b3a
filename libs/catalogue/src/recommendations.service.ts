import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, diffFields } from '#audit';
import { articleLinksOf } from './article-links.js';
import { assertIfMatch, pageOf, pageOffset, type Page } from '#common';
import { CatalogueError } from './catalogue-errors.js';
import type { LinkDto, RecommendationDetailDto, RecommendationDto, RevisionDto } from './dto/recommendation.dto.js';
import type {
  CreateLinkDto,
  CreateRecommendationDto,
  ListRecommendationsQuery,
  UpdateRecommendationDto,
} from './dto/recommendation-input.dto.js';
import { Recommendation } from './entities/recommendation.entity.js';
import { RecommendationLink } from './entities/recommendation-link.entity.js';
import { RecommendationRevision } from './entities/recommendation-revision.entity.js';
import { RecommendationTheme } from './entities/recommendation-theme.entity.js';
import { Section } from './entities/section.entity.js';
import { Session } from './entities/session.entity.js';
import { Theme } from './entities/theme.entity.js';
import { buildTree, type RecommendationRow } from './recommendation-tree.js';
import { recommendationSearchSql, searchTermsOf } from './search.js';
import type { SearchTerm } from './search-query.js';

export interface Actor {
  id: string;
  role: string;
}

/** Fields a revision snapshots and an edit may change. */
const TRACKED = ['text', 'addressee', 'modality', 'adoption', 'requiresStateReport', 'isContainer', 'themes'] as const;

/** One SELECT list for rows of the tree; `r` is recommendations, joined to sessions `s` and sections `sec`. */
const ROW_SELECT = `
  r.id, r.parent_id AS "parentId", s.number AS session, r.section_id AS "sectionId", sec.key AS "sectionKey",
  sec.heading AS "sectionHeading", r.number, r.label, r.reference, r.text, r.addressee, r.modality, r.adoption,
  r.is_container AS "isContainer", r.requires_state_report AS "requiresStateReport", r.version,
  r.updated_at AS "updatedAt", r.ordinal,
  COALESCE((SELECT array_agg(th.code ORDER BY th.code) FROM recommendation_themes rt JOIN themes th ON th.id = rt.theme_id
            WHERE rt.recommendation_id = r.id), '{}') AS themes`;
const ROW_FROM = `FROM recommendations r JOIN sessions s ON s.id = r.session_id LEFT JOIN sections sec ON sec.id = r.section_id`;

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Top-level recommendations with their sub-items nested. Filters match at any level: a sub-item that matches
   * brings its whole paragraph. Counting and paging happen in SQL.
   */
  async list(query: ListRecommendationsQuery): Promise<Page<RecommendationDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (query.session !== undefined) where.push(`s.number = ${p(query.session)}`);
    if (query.section) where.push(`(r.section_id = ${p(query.section)} OR sec.parent_id = $${params.length})`);
    if (query.addressee) where.push(`${p(query.addressee)} = ANY(r.addressee)`);
    if (query.modality) where.push(`r.modality = ${p(query.modality)}`);
    if (query.adoption) where.push(`r.adoption = ${p(query.adoption)}`);
    if (query.requiresStateReport !== undefined) where.push(`r.requires_state_report = ${p(query.requiresStateReport)}`);
    if (query.theme) {
      where.push(`EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes th ON th.id = rt.theme_id
                           WHERE rt.recommendation_id = r.id AND th.code = ${p(query.theme)})`);
    }
    if (query.article) {
      // Suggested links count as well as confirmed ones (the answer marks which); rejected ones do not.
      where.push(`EXISTS (SELECT 1 FROM recommendation_articles ra JOIN articles a ON a.id = ra.article_id
                           WHERE ra.recommendation_id = r.id AND a.code = ${p(query.article)} AND ra.status <> 'rejected')`);
    }
    const terms = searchTermsOf(query.q);
    if (terms.length) where.push(recommendationSearchSql('r', terms, query.lang, p).where);
    const order =
      query.sort === '-number'
        ? 'ts.number DESC, t.ordinal DESC'
        : query.sort === 'updatedAt'
          ? 'last_change ASC, t.id'
          : query.sort === '-updatedAt'
            ? 'last_change DESC, t.id'
            : 'ts.number ASC, t.ordinal ASC';
    const pageRows: { id: string; total: string }[] = await this.dataSource.query(
      `WITH matched AS (
         SELECT DISTINCT COALESCE(r.root_id, r.id) AS top_id ${ROW_FROM}
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       )
       SELECT t.id, count(*) OVER () AS total
         FROM matched m JOIN recommendations t ON t.id = m.top_id JOIN sessions ts ON ts.id = t.session_id
         CROSS JOIN LATERAL (SELECT max(d.updated_at) AS last_change FROM recommendations d
                              WHERE d.id = t.id OR d.root_id = t.id) lc
        ORDER BY ${order}
        LIMIT ${p(query.limit)} OFFSET ${p(pageOffset(query))}`,
      params,
    );
    const total = pageRows.length ? Number(pageRows[0].total) : await this.countMatches(where, params.slice(0, -2));
    const ids = pageRows.map((r) => r.id);
    const rows = ids.length ? await this.loadTrees(this.dataSource.manager, ids, terms, query.lang) : [];
    const trees = buildTree(rows, query.lang);
    const position = new Map(ids.map((id, i) => [id, i]));
    trees.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    return pageOf(trees, total, query);
  }

  private async countMatches(where: string[], params: unknown[]): Promise<number> {
    const [row]: { n: string }[] = await this.dataSource.query(
      `SELECT count(DISTINCT COALESCE(r.root_id, r.id)) AS n ${ROW_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return Number(row.n);
  }

  /**
   * Rows of the given roots and all their descendants, in reading order; with search terms, each row says which of its
   * texts matched (`matchedIn`).
   */
  private async loadTrees(em: EntityManager, rootIds: string[], terms: SearchTerm[] = [], lang?: string): Promise<RecommendationRow[]> {
    const params: unknown[] = [rootIds];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const matchedIn = terms.length ? `, ${recommendationSearchSql('r', terms, lang, bind).matchedIn} AS "matchedIn"` : '';
    return em.query(
      `SELECT ${ROW_SELECT}${matchedIn} ${ROW_FROM} WHERE r.id = ANY($1) OR r.root_id = ANY($1) ORDER BY s.number, r.ordinal`,
      params,
    );
  }

  async get(id: string, lang?: string): Promise<RecommendationDetailDto> {
    const rec = await this.dataSource.getRepository(Recommendation).findOne({ where: { id } });
    if (!rec) throw new CatalogueError('RECOMMENDATION_NOT_FOUND');
    const rows = await this.dataSource.query(
      `SELECT ${ROW_SELECT} ${ROW_FROM} WHERE r.id = $1 OR r.parent_id = $1 OR r.root_id = $1 ORDER BY s.number, r.ordinal`,
      [id],
    );
    const [tree] = buildTree(rows, lang).filter((node) => node.id === id);
    // With the editor's name: a revision history that names an account id says nothing to its reader.
    const revisions: (Pick<RecommendationRevision, 'version' | 'snapshot' | 'changedFields' | 'source' | 'changedBy' | 'createdAt'> & { changedByName: string | null })[] =
      await this.dataSource.query(
        `SELECT rv.version, rv.snapshot, rv.changed_fields AS "changedFields", rv.source, rv.changed_by AS "changedBy", u.name AS "changedByName",
                rv.created_at AS "createdAt"
           FROM recommendation_revisions rv LEFT JOIN users u ON u.id = rv.changed_by
          WHERE rv.recommendation_id = $1 ORDER BY rv.version DESC`,
        [id],
      );
    const links: (RecommendationLink & { direction: 'outgoing' | 'incoming'; otherId: string; otherReference: string })[] =
      await this.dataSource.query(
        `SELECT l.id, l.type, l.note, l.created_at AS "createdAt",
                CASE WHEN l.from_id = $1 THEN 'outgoing' ELSE 'incoming' END AS direction,
                o.id AS "otherId", o.reference AS "otherReference"
           FROM recommendation_links l
           JOIN recommendations o ON o.id = CASE WHEN l.from_id = $1 THEN l.to_id ELSE l.from_id END
          WHERE l.from_id = $1 OR l.to_id = $1
          ORDER BY l.created_at`,
        [id],
      );
    return {
      ...tree,
      articles: await articleLinksOf(this.dataSource.manager, id, lang),
      editorialNotes: rec.editorialNotes,
      revisions: revisions.map(
        (r): RevisionDto => ({
          version: r.version,
          snapshot: r.snapshot,
          changedFields: r.changedFields,
          source: r.source,
          changedBy: r.changedBy,
          changedByName: r.changedByName,
          createdAt: new Date(r.createdAt).toISOString(),
        }),
      ),
      links: links.map(
        (l): LinkDto => ({
          id: l.id,
          type: l.type,
          direction: l.direction,
          recommendationId: l.otherId,
          reference: l.otherReference,
          note: l.note,
          createdAt: new Date(l.createdAt).toISOString(),
        }),
      ),
    };
  }

  async create(actor: Actor, dto: CreateRecommendationDto): Promise<RecommendationDetailDto> {
    const id = await this.dataSource.transaction(async (em) => {
      const session = await em.findOne(Session, { where: { number: dto.session } });
      if (!session) throw new CatalogueError('SESSION_NOT_FOUND', undefined, { errors: [{ field: 'session', message: 'no session with this number' }] });
      let rootId: string | null = null;
      if (dto.parentId) {
        const parent = await em.findOne(Recommendation, { where: { id: dto.parentId } });
        if (!parent || parent.sessionId !== session.id) {
          throw new CatalogueError('INVALID_RECOMMENDATION', 'The parent must be a recommendation of the same session.', {
            errors: [{ field: 'parentId', message: 'parentId must name a recommendation of the same session' }],
          });
        }
        rootId = parent.rootId ?? parent.id;
      }
      if (dto.sectionId) {
        const section = await em.findOne(Section, { where: { id: dto.sectionId } });
        if (!section || section.sessionId !== session.id) {
          throw new CatalogueError('SECTION_NOT_FOUND', undefined, { errors: [{ field: 'sectionId', message: 'no such section in this session' }] });
        }
      }
      const [{ next }]: { next: number }[] = await em.query(
        `SELECT COALESCE(max(ordinal), 0) + 1 AS next FROM recommendations WHERE session_id = $1`,
        [session.id],
      );
      const rec = em.create(Recommendation, {
        sessionId: session.id,
        sectionId: dto.sectionId ?? null,
        parentId: dto.parentId ?? null,
        rootId,
        number: dto.number,
        label: dto.label ?? null,
        ordinal: next,
        reference: referenceFor(session, dto.number, 'paragraph'),
        text: dto.text,
        addressee: dto.addressee,
        modality: dto.modality,
        adoption: dto.adoption,
        isContainer: dto.isContainer ?? false,
        requiresStateReport: dto.requiresStateReport ?? dto.addressee.some((a) => a === 'states_parties' || a === 'states'),
      });
      try {
        await em.save(rec);
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw new CatalogueError('RECOMMENDATION_EXISTS', undefined, { errors: [{ field: 'number', message: 'number is already used in this session' }] });
        }
        throw error;
      }
      await this.setThemes(em, rec.id, dto.themes ?? [], 'secretariat');
      await this.audit.record(
        {
          actor,
          action: 'recommendation.created',
          entity: 'recommendation',
          entityId: rec.id,
          changes: diffFields<Record<string, unknown>>(null, { ...dto }, ['session', 'number', 'text', 'addressee', 'modality', 'adoption', 'themes']),
        },
        em,
      );
      return rec.id;
    });
    return this.get(id);
  }

  /**
   * Edits under optimistic concurrency (If-Match). The previous state is kept as a revision, the change is audited,
   * and both commit with the edit or not at all.
   */
  async update(actor: Actor, id: string, ifMatch: string | undefined, dto: UpdateRecommendationDto): Promise<RecommendationDetailDto> {
    await this.dataSource.transaction(async (em) => {
      const rec = await em
        .getRepository(Recommendation)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      if (!rec) throw new CatalogueError('RECOMMENDATION_NOT_FOUND');
      assertIfMatch(ifMatch, rec.version);
      const themesBefore = await this.themeCodes(em, id);
      const before = { ...pickTracked(rec), themes: themesBefore };
      const after = {
        text: dto.text ? { ...rec.text, ...dto.text } : rec.text,
        addressee: dto.addressee ?? rec.addressee,
        modality: dto.modality ?? rec.modality,
        adoption: dto.adoption ?? rec.adoption,
        requiresStateReport: dto.requiresStateReport ?? rec.requiresStateReport,
        isContainer: dto.isContainer ?? rec.isContainer,
        themes: dto.themes ? [...dto.themes].sort() : themesBefore,
      };
      const changes = diffFields<typeof before>(before, after, TRACKED);
      if (Object.keys(changes).length === 0) return;
      await em.insert(RecommendationRevision, {
        recommendationId: id,
        version: rec.version,
        snapshot: before,
        changedFields: Object.keys(changes),
        source: 'edit',
        changedBy: actor.id,
      });
      const { themes, ...columns } = after;
      await em.update(Recommendation, { id }, { ...columns, version: rec.version + 1 });
      if (dto.themes) await this.setThemes(em, id, themes, 'secretariat');
      await this.audit.record({ actor, action: 'recommendation.updated', entity: 'recommendation', entityId: id, changes }, em);
    });
    return this.get(id);
  }

  /**
   * A recommendation reiterates, builds on or supersedes one adopted before it (or at the same meeting): the linked
   * one's meeting must not come later — by the meetings' start dates, else by their numbers (numbered in order).
   */
  private async assertLinkDirection(em: EntityManager, from: Recommendation, to: Recommendation): Promise<void> {
    if (from.sessionId === to.sessionId) return;
    const sessions = await em.find(Session, { where: [{ id: from.sessionId }, { id: to.sessionId }] });
    const a = sessions.find((s) => s.id === from.sessionId)!;
    const b = sessions.find((s) => s.id === to.sessionId)!;
    const later = a.startDate && b.startDate ? b.startDate > a.startDate : b.number > a.number;
    if (later) {
      throw new CatalogueError(
        'LINK_DIRECTION',
        `${from.reference} cannot reiterate, build on or supersede ${to.reference}: meeting ${b.number} comes after meeting ${a.number}.`,
        { errors: [{ field: 'toId', message: 'the linked recommendation is of a later meeting' }], fromSession: a.number, toSession: b.number },
      );
    }
  }

  async addLink(actor: Actor, fromId: string, dto: CreateLinkDto): Promise<LinkDto> {
    if (fromId === dto.toId) throw new CatalogueError('INVALID_LINK', undefined, { errors: [{ field: 'toId', message: 'toId must differ from the recommendation' }] });
    return this.dataSource.transaction(async (em) => {
      const found = await em.getRepository(Recommendation).find({ where: [{ id: fromId }, { id: dto.toId }] });
      if (!found.some((r) => r.id === fromId)) throw new CatalogueError('RECOMMENDATION_NOT_FOUND');
      const target = found.find((r) => r.id === dto.toId);
      if (!target) throw new CatalogueError('RECOMMENDATION_NOT_FOUND', 'The linked recommendation does not exist.', { errors: [{ field: 'toId', message: 'no such recommendation' }] });
      await this.assertLinkDirection(em, found.find((r) => r.id === fromId)!, target);
      const existing = await em.findOne(RecommendationLink, { where: { fromId, toId: dto.toId, type: dto.type } });
      if (existing) throw new CatalogueError('LINK_EXISTS');
      const link = em.create(RecommendationLink, { fromId, toId: dto.toId, type: dto.type, note: dto.note ?? null, createdBy: actor.id });
      await em.save(link);
      await this.audit.record(
        { actor, action: 'recommendation.link_added', entity: 'recommendation', entityId: fromId, metadata: { linkId: link.id, toId: dto.toId, type: dto.type } },
        em,
      );
      return {
        id: link.id,
        type: link.type,
        direction: 'outgoing',
        recommendationId: target.id,
        reference: target.reference,
        note: link.note,
        createdAt: link.createdAt.toISOString(),
      };
    });
  }

  async removeLink(actor: Actor, fromId: string, linkId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const link = await em.findOne(RecommendationLink, { where: { id: linkId, fromId } });
      if (!link) throw new CatalogueError('LINK_NOT_FOUND');
      await em.delete(RecommendationLink, { id: linkId });
      await this.audit.record(
        { actor, action: 'recommendation.link_removed', entity: 'recommendation', entityId: fromId, metadata: { linkId, toId: link.toId, type: link.type } },
        em,
      );
    });
  }

  async currentVersion(id: string): Promise<number> {
    const rec = await this.dataSource.getRepository(Recommendation).findOne({ where: { id }, select: { id: true, version: true } });
    if (!rec) throw new CatalogueError('RECOMMENDATION_NOT_FOUND');
    return rec.version;
  }

  private async themeCodes(em: EntityManager, id: string): Promise<string[]> {
    const rows: { code: string }[] = await em.query(
      `SELECT th.code FROM recommendation_themes rt JOIN themes th ON th.id = rt.theme_id WHERE rt.recommendation_id = $1 ORDER BY th.code`,
      [id],
    );
    return rows.map((r) => r.code);
  }

  /** Replaces a recommendation's themes; unknown codes are a 400 naming them. */
  async setThemes(em: EntityManager, id: string, codes: string[], source: 'import' | 'secretariat'): Promise<void> {
    const themes = codes.length ? await em.getRepository(Theme).createQueryBuilder('t').where('t.code IN (:...codes)', { codes }).getMany() : [];
    const unknown = codes.filter((c) => !themes.some((t) => t.code === c));
    if (unknown.length) {
      throw new CatalogueError('UNKNOWN_THEME', `Unknown theme(s): ${unknown.join(', ')}.`, {
        errors: unknown.map((c) => ({ field: 'themes', message: `unknown theme ${c}` })),
      });
    }
    await em.delete(RecommendationTheme, { recommendationId: id });
    if (themes.length) await em.insert(RecommendationTheme, themes.map((t) => ({ recommendationId: id, themeId: t.id, source })));
  }
}

function pickTracked(rec: Recommendation) {
  return {
    text: rec.text,
    addressee: rec.addressee,
    modality: rec.modality,
    adoption: rec.adoption,
    requiresStateReport: rec.requiresStateReport,
    isContainer: rec.isContainer,
  };
}

/** "CTOC/COP/WG.4/2011/8, para. 32" or, for "建议 N" reports, "…, recommendation 17". */
export function referenceFor(session: Pick<Session, 'reportSymbol' | 'number'>, number: string, style: 'paragraph' | 'recommendation'): string {
  const document = session.reportSymbol ?? `WG.4 meeting ${session.number}`;
  return `${document}, ${style === 'recommendation' ? 'recommendation' : 'para.'} ${number}`;
}
