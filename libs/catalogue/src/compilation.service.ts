import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { cachedRender, labels, renderTextDocument, type ExportTable, type RenderedExport, type TextBlock, type TextDocument } from '#exports';
import { CATALOGUE_STAMP_SQL } from './catalogue-stamp.js';
import { CatalogueError } from './catalogue-errors.js';
import type { CompilationDto, CompilationItemDto, CompilationQueryDto } from './dto/compilation.dto.js';
import { recommendationTextIn } from './recommendation-text.js';

interface Row {
  id: string;
  parent_id: string | null;
  number: string;
  label: string | null;
  ordinal: number;
  reference: string;
  text: Record<string, string>;
  addressee: string[];
  modality: string;
  requires_state_report: boolean;
  is_container: boolean;
  session: number;
  session_start: string | Date | null;
  session_symbol: string | null;
  section_heading: Record<string, string> | null;
  section_ordinal: number | null;
  themes: { code: string; name: string }[];
}

/** A `date` column as `YYYY-MM-DD` (pg gives a Date at local midnight; String() of it lost the year before). */
function isoDay(value: string | Date | null): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

const STRENGTH: Record<string, string> = {
  should: 'should',
  should_consider: 'should consider',
  may: 'may',
  encouraged: 'encouraged',
  requested: 'requested',
  other: 'other',
};

/**
 * The consolidated index and compilation of adopted recommendations (as in CTOC/COP/WG.4/2019/4 and /5): every
 * recommendation of the final sessions with its reference, full text and sub-items, grouped by session and section or
 * by theme, followed by the index table. One query; the grouping is shaping of its rows.
 */
@Injectable()
export class CompilationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Read-only, and may lag the primary a little: on the read replica when READ_DATABASE_URL is set (TypeORM's
   * 'slave' mode), else on the primary. Nothing here reads its own writes.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private async read(sql: string, params: unknown[] = []): Promise<any> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return await runner.query(sql, params);
    } finally {
      await runner.release();
    }
  }

  /**
   * JSON, or a rendered document: served from the cache while the catalogue is unchanged (its stamp is in the key),
   * else rendered under the user's render limit.
   */
  async compile(query: CompilationQueryDto, userId = 'anonymous'): Promise<CompilationDto | RenderedExport> {
    const format = query.format ?? 'json';
    if (format === 'json') return this.model(query);
    const key = async () => {
      const [{ stamp }]: { stamp: string }[] = await this.dataSource.query(CATALOGUE_STAMP_SQL);
      return ['compilation', stamp, query.lang ?? 'en', query.groupBy ?? 'session', query.session ?? '', query.theme ?? '', query.article ?? '', format].join('|');
    };
    return cachedRender(key, userId, async () => renderTextDocument(textDocument(await this.model(query)), format), () => new CatalogueError('TOO_MANY_RENDERS'));
  }

  async model(query: CompilationQueryDto): Promise<CompilationDto> {
    const lang = query.lang ?? 'en';
    const l = labels(lang);
    const groupBy = query.groupBy ?? 'session';
    if (query.theme) {
      const [t] = await this.read(`SELECT 1 FROM themes WHERE code = $1`, [query.theme]);
      if (!t) throw new CatalogueError('THEME_NOT_FOUND');
    }
    if (query.session) {
      const [s] = await this.read(`SELECT 1 FROM sessions WHERE number = $1`, [query.session]);
      if (!s) throw new CatalogueError('SESSION_NOT_FOUND');
    }
    if (query.article) {
      const [a] = await this.read(`SELECT 1 FROM articles WHERE code = $1`, [query.article]);
      if (!a) throw new CatalogueError('ARTICLE_NOT_FOUND');
    }
    const rows: Row[] = await this.read(
      `SELECT r.id, r.parent_id, r.number, r.label, r.ordinal, r.reference, r.text, r.addressee, r.modality,
              r.requires_state_report, r.is_container, s.number AS session, s.start_date AS session_start, s.report_symbol AS session_symbol,
              sec.heading AS section_heading, sec.ordinal AS section_ordinal,
              COALESCE((SELECT json_agg(json_build_object('code', t.code, 'name', COALESCE(t.names->>$1, t.names->>'en', t.code)) ORDER BY t.code)
                          FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.recommendation_id = COALESCE(r.root_id, r.id)), '[]') AS themes
         FROM recommendations r
         JOIN sessions s ON s.id = r.session_id
         LEFT JOIN sections sec ON sec.id = r.section_id
        WHERE s.status = 'final'
          AND ($2::int IS NULL OR s.number = $2::int)
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
                                            WHERE rt.recommendation_id = COALESCE(r.root_id, r.id) AND t.code = $3::text))
          -- A paragraph is in when it or any of its sub-items concerns the article.
          AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM recommendation_articles ra JOIN articles a ON a.id = ra.article_id
                                            JOIN recommendations x ON x.id = ra.recommendation_id
                                            WHERE COALESCE(x.root_id, x.id) = COALESCE(r.root_id, r.id) AND a.code = $4::text AND ra.status <> 'rejected'))
        ORDER BY s.number, sec.ordinal NULLS FIRST, r.ordinal`,
      [lang, query.session ?? null, query.theme ?? null, query.article ?? null],
    );
    const items = new Map<string, CompilationItemDto & { parentId: string | null; sectionTitle: string | null; sectionOrdinal: number | null }>();
    for (const r of rows) {
      const picked = recommendationTextIn(r.text, lang);
      items.set(r.id, {
        id: r.id,
        reference: r.reference,
        number: r.number,
        label: r.label,
        session: r.session,
        sessionDate: isoDay(r.session_start),
        addressee: r.addressee,
        strength: STRENGTH[r.modality] ?? r.modality,
        requiresStateReport: r.requires_state_report,
        text: picked.text ?? '',
        textLanguage: picked.textLanguage ?? lang,
        language: picked.textLanguage ?? lang,
        themes: r.themes.map((t) => t.code),
        themeNames: r.themes.map((t) => t.name),
        items: [],
        parentId: r.parent_id,
        sectionTitle: recommendationTextIn(r.section_heading, picked.textLanguage ?? lang).text,
        sectionOrdinal: r.section_ordinal,
        symbol: r.session_symbol,
      });
    }
    const roots: (typeof items extends Map<string, infer V> ? V : never)[] = [];
    for (const item of items.values()) {
      const parent = item.parentId ? items.get(item.parentId) : undefined;
      if (parent) parent.items.push(item);
      else roots.push(item);
    }
    const strip = (i: typeof roots[number]): CompilationItemDto => {
      const { parentId: _p, sectionTitle: _s, sectionOrdinal: _o, ...rest } = i;
      return { ...rest, items: i.items.map((c) => strip(c as typeof roots[number])) };
    };
    const groups: CompilationDto['groups'] = [];
    if (groupBy === 'session') {
      for (const item of roots) {
        let group = groups.at(-1);
        if (!group || group.key !== String(item.session)) {
          const title = `${l.t('sessionN', { n: item.session })}${item.sessionDate ? ` (${l.date(item.sessionDate)})` : ''}${item.symbol ? ` — ${item.symbol}` : ''}`;
          group = { key: String(item.session), title, sections: [] };
          groups.push(group);
        }
        let section = group.sections.at(-1);
        if (!section || section.title !== item.sectionTitle) {
          section = { title: item.sectionTitle, recommendations: [] };
          group.sections.push(section);
        }
        section.recommendations.push(strip(item));
      }
    } else {
      const byTheme = new Map<string, { title: string; recommendations: CompilationItemDto[] }>();
      const themeRows: { code: string; name: string }[] = await this.read(
        `SELECT code, COALESCE(names->>$1, names->>'en', code) AS name FROM themes ORDER BY code`,
        [lang],
      );
      for (const t of themeRows) byTheme.set(t.code, { title: t.name, recommendations: [] });
      byTheme.set('unclassified', { title: l.t('unclassified'), recommendations: [] });
      for (const item of roots) {
        const codes = item.themes.length ? item.themes : ['unclassified'];
        for (const code of codes) byTheme.get(code)?.recommendations.push(strip(item));
      }
      for (const [key, g] of byTheme) {
        if (g.recommendations.length && (!query.theme || key === query.theme)) groups.push({ key, title: g.title, sections: [{ title: null, recommendations: g.recommendations }] });
      }
    }
    const index = roots.map((i) => ({
      reference: i.reference,
      session: i.session,
      section: i.sectionTitle,
      themes: i.themeNames.join('; '),
      addressee: i.addressee.join(', '),
      strength: i.strength,
      requiresStateReport: i.requiresStateReport,
      subItems: i.items.length,
    }));
    return {
      title: l.t(groupBy === 'theme' ? 'compilationByTheme' : 'compilationBySession'),
      generatedAt: new Date().toISOString(),
      lang,
      groupBy,
      recommendations: roots.length,
      groups,
      index,
    };
  }
}

/** The compilation as running text: headings, numbered paragraphs, indented sub-items, then the index table. */
export function textDocument(c: CompilationDto): TextDocument {
  const l = labels(c.lang);
  /** The modality code back from its English phrase in the JSON (`should consider` → should_consider). */
  const strength = (phrase: string) => l.strength(phrase.replace(/ /g, '_'));
  const blocks: TextBlock[] = [];
  const paragraph = (item: CompilationItemDto, indent: number) => {
    blocks.push({
      kind: 'paragraph',
      label: item.label ?? `${item.number}.`,
      text: item.text,
      indent,
      note:
        indent === 0
          ? [item.reference, item.addressee.map(l.addressee).join(', '), strength(item.strength), item.textLanguage !== c.lang ? l.t('textIn', { lang: l.languageName(item.textLanguage) }) : '']
              .filter(Boolean)
              .join(' · ')
          : undefined,
    });
    for (const child of item.items) paragraph(child, indent + 1);
  };
  for (const g of c.groups) {
    blocks.push({ kind: 'heading', level: 1, text: g.title });
    for (const s of g.sections) {
      if (s.title) blocks.push({ kind: 'heading', level: 2, text: s.title });
      for (const item of s.recommendations) paragraph(item, 0);
    }
  }
  const index: ExportTable = {
    name: l.t('index'),
    columns: [
      { key: 'reference', header: l.t('reference'), width: 30 },
      { key: 'session', header: l.t('session'), kind: 'number', width: 8 },
      { key: 'section', header: l.t('section'), width: 30 },
      { key: 'themes', header: l.t('themes'), width: 30 },
      { key: 'addressee', header: l.t('addressee'), width: 18 },
      { key: 'strength', header: l.t('strength'), width: 12 },
      { key: 'requiresStateReport', header: l.t('statesReport'), kind: 'boolean', width: 9 },
    ],
    rows: c.index.map((row) => ({
      ...row,
      addressee: row.addressee
        .split(', ')
        .filter(Boolean)
        .map(l.addressee)
        .join(', '),
      strength: strength(row.strength),
    })),
  };
  return {
    title: c.title,
    shortTitle: l.t('compilationShort'),
    lang: l.lang,
    fileName: `wg4-compilation-by-${c.groupBy}${c.lang !== 'en' ? `-${c.lang}` : ''}`,
    meta: [
      { label: l.t('generated'), value: l.dateTime(c.generatedAt) },
      { label: l.t('recommendations'), value: l.number(c.recommendations) },
      { label: l.t('language'), value: l.languageName(c.lang) },
    ],
    blocks,
    tables: [index],
  };
}
