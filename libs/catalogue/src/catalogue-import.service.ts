import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import {
  findDateRanges,
  ParseBudgetExceededError,
  ParserPool,
  type ImportPlan,
  type ParseOptions,
  type EditorialNote,
  type PlannedRecommendation,
  type PlannedSection,
  type StateDirectoryEntry,
  type ThemeDefinition,
} from '#importer';
import { withArticleSuggestions } from './article-links.js';
import { CatalogueError } from './catalogue-errors.js';
import { loadImportEnv } from './import.config.js';
import { ImportRecord } from './entities/import-record.entity.js';
import { Recommendation } from './entities/recommendation.entity.js';
import { RecommendationRevision } from './entities/recommendation-revision.entity.js';
import { Section } from './entities/section.entity.js';
import { Session } from './entities/session.entity.js';
import { SessionAttendance } from './entities/session-attendance.entity.js';
import { State } from './entities/state.entity.js';
import { Theme } from './entities/theme.entity.js';
import { referenceFor, type Actor } from './recommendations.service.js';
import { StatesService } from './states.service.js';

export interface ImportSummary {
  status: 'applied' | 'unchanged';
  importId: string;
  session: number | null;
  sessionsCreated: number;
  sectionsCreated: number;
  recommendationsCreated: number;
  recommendationsRevised: number;
  subItemsCreated: number;
  documentsUpserted: number;
  attendance: { total: number; matched: number };
  protocolStatusesRaised: number;
  /** Set when the report was another language version of a report already in the record (its texts attached). */
  versions?: LanguageVersion;
  warnings: ImportPlan['warnings'];
}

/**
 * Another language version of a report already in the record: its texts are attached to the same recommendations,
 * matched by paragraph and sub-item number; nothing is created and no other language's text is touched.
 */
export interface LanguageVersion {
  session: number;
  language: string;
  /** Languages the record already holds for this session's recommendations. */
  recordLanguages: string[];
  matched: number;
  /** Texts newly attached (or changed, with a revision) in this language. */
  textsAttached: number;
  /** Numbers in this version that the record does not have (not created). */
  missingInRecord: string[];
  /** Numbers in the record that this version does not have. */
  missingInVersion: string[];
  /** Matched items whose place differs (section, parent, container flag). */
  structuralDifferences: { number: string; field: 'section' | 'parent' | 'isContainer'; record: string | boolean | null; version: string | boolean | null }[];
}

/**
 * A dry run compared with the record: each paragraph and sub-item of the document beside the record's current text
 * in the document's language. `new`: the record has no text for it in that language (no such recommendation, or a
 * language version's text not yet attached); `changed`: the texts differ (applying makes a revision); `unchanged`.
 * Read only; the same comparison the import makes when it applies.
 */
export interface RecordComparison {
  /** The meeting of the record the document reports on; null when the record does not have it yet. */
  session: number | null;
  language: string;
  counts: { new: number; changed: number; unchanged: number };
  paragraphs: {
    number: string;
    label: string | null;
    status: 'new' | 'changed' | 'unchanged';
    text: string;
    recordText: string | null;
    recordId: string | null;
    reference: string | null;
  }[];
  /** Numbers the record has for this meeting that the document does not. */
  notInDocument: string[];
}

const CJK_ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const CJK_DIGITS = '一二三四五六七八九十';
/** A number as every language version prints it: Chinese sub-item numerals "(一)" read as roman "(i)". */
export function versionKey(number: string): string {
  return number.replace(/\(([一二三四五六七八九十]{1,2})\)/g, (m, n: string) => {
    const v = n.length === 1 ? CJK_DIGITS.indexOf(n) + 1 : n === '十' ? 10 : n.startsWith('十') ? 10 + CJK_DIGITS.indexOf(n[1]) + 1 : 0;
    return CJK_ROMAN[v - 1] ? `(${CJK_ROMAN[v - 1]})` : m;
  });
}

interface FlatPlanned {
  planned: PlannedRecommendation;
  sectionKey: string;
  parentNumber: string | null;
}

function flattenPlan(sections: PlannedSection[]): FlatPlanned[] {
  const out: FlatPlanned[] = [];
  const visit = (r: PlannedRecommendation, sectionKey: string, parent: string | null) => {
    out.push({ planned: r, sectionKey, parentNumber: parent });
    for (const c of r.children) visit(c, sectionKey, r.number);
  };
  const walk = (list: PlannedSection[]) => {
    for (const s of list) {
      for (const r of s.recommendations) visit(r, s.key, null);
      walk(s.sections);
    }
  };
  walk(sections);
  return out;
}

/** Which citation a report uses: "建议 N" / "Recommendation N" headings, or numbered paragraphs. */
export function citationStyle(text: string): 'paragraph' | 'recommendation' {
  // Line by line: one pattern over the whole text (`(^|\n)[#*\s]*…`) rescans every run of blank lines.
  return text.split('\n').some((line) => /^[#*\s]*(?:建议\s*\d+|Recommendation\s+\d+)[*\s]*$/.test(line)) ? 'recommendation' : 'paragraph';
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class CatalogueImportService implements OnModuleDestroy {
  private readonly parser = new ParserPool();
  private readonly parseBudgetMs = loadImportEnv().IMPORT_PARSE_TIMEOUT_MS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly states: StatesService,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.parser.close();
  }

  /**
   * Parses in a worker thread within IMPORT_PARSE_TIMEOUT_MS, holding no database connection, transaction or lock:
   * callers read the reference data first and open their transaction only once the plan is there.
   */
  async parse(text: string, options: ParseOptions): Promise<ImportPlan> {
    const plan = await this.inBudget(() => this.parser.parse(text, options, this.parseBudgetMs));
    // Never an empty success: a text the parser cannot read, or in which it found nothing, is refused.
    if (plan.refusal) throw new CatalogueError(plan.refusal.code, plan.refusal.message, { details: plan.refusal.details });
    return plan;
  }

  /**
   * The text of an uploaded file: UTF-8/UTF-16 text, PDF (pdfjs-dist) or Word .docx (mammoth), told by its bytes.
   * Anything else is refused with 415 UNSUPPORTED_IMPORT, a PDF or Word file whose text cannot be read with 422
   * UNREADABLE_IMPORT, both naming what was found. PDF and Word files are read in the parser's worker thread, within
   * the parse's budget (IMPORT_PARSE_TIMEOUT_MS): their bytes are moved there, `bytes` is unusable afterwards.
   */
  async readDocument(bytes: Uint8Array): Promise<{ text: string; format: 'text' | 'pdf' | 'docx' }> {
    const read = await this.inBudget(() => this.parser.documentText(bytes, this.parseBudgetMs));
    if (!read.ok) throw new CatalogueError(read.code, read.message, { found: read.found });
    return { text: read.text, format: read.format };
  }

  /** Work of the parser's worker; over its budget (or out of memory) it is refused with 422 IMPORT_TOO_COMPLEX. */
  private async inBudget<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ParseBudgetExceededError) throw new CatalogueError('IMPORT_TOO_COMPLEX', undefined, { budgetMs: error.budgetMs });
      throw error;
    }
  }

  /** The parser's view of the reference data currently in the database. */
  async directory(em: EntityManager = this.dataSource.manager): Promise<{ states: StateDirectoryEntry[]; themes: ThemeDefinition[] }> {
    const [states, themes] = await Promise.all([em.getRepository(State).find(), em.getRepository(Theme).find()]);
    return {
      states: states.map((s) => ({ code: s.code, names: s.names, aliases: s.aliases, kind: s.kind })),
      themes: themes.map((t) => ({ code: t.code, names: t.names, keywords: t.keywords })),
    };
  }

  /** A dry run: what the document says, applied to nothing. */
  async plan(text: string, fileName?: string): Promise<ImportPlan & { versions?: LanguageVersion; record: RecordComparison }> {
    if (!text.trim()) throw new CatalogueError('EMPTY_IMPORT');
    const plan = await this.parse(text, { ...(await this.directory()), fileName });
    const em = this.dataSource.manager;
    const [version, record] = [await this.versionTarget(em, plan), await this.compareRecord(em, plan)];
    return version ? { ...plan, versions: (await this.compareVersion(em, version, plan)).report, record } : { ...plan, record };
  }

  /** The document's paragraphs beside the record's texts (see RecordComparison). */
  async compareRecord(em: EntityManager, plan: ImportPlan): Promise<RecordComparison> {
    const planned = plan.session;
    const session = !planned
      ? null
      : ((planned.reportSymbol ? await em.findOne(Session, { where: { reportSymbol: planned.reportSymbol } }) : null) ??
        (planned.startDate ? await em.findOne(Session, { where: { startDate: planned.startDate } }) : null) ??
        (planned.number !== null ? await em.findOne(Session, { where: { number: planned.number } }) : null));
    const recs = session ? await em.find(Recommendation, { where: { sessionId: session.id }, order: { ordinal: 'ASC' } }) : [];
    const byKey = new Map(recs.map((r) => [versionKey(r.number), r]));
    const seen = new Set<string>();
    const out: RecordComparison = { session: session?.number ?? null, language: plan.source.language, counts: { new: 0, changed: 0, unchanged: 0 }, paragraphs: [], notInDocument: [] };
    for (const { planned: item } of flattenPlan(plan.sections)) {
      const rec = byKey.get(versionKey(item.number)) ?? null;
      if (rec) seen.add(rec.id);
      const recordText = rec?.text[item.language] ?? null;
      const status = recordText === null ? 'new' : recordText === item.text ? 'unchanged' : 'changed';
      out.counts[status]++;
      out.paragraphs.push({ number: item.number, label: item.label, status, text: item.text, recordText, recordId: rec?.id ?? null, reference: rec?.reference ?? null });
    }
    out.notInDocument = recs.filter((r) => !seen.has(r.id)).map((r) => r.number);
    return out;
  }

  /**
   * The session of the record this plan is another language version of: the same report (by symbol, else by the
   * meeting's dates, else by number) whose recommendations were first imported in another language. Null for a
   * first import and for a re-import (or a corrected text) in the record's own language.
   */
  private async versionTarget(em: EntityManager, plan: ImportPlan): Promise<Session | null> {
    const planned = plan.session;
    if (!planned) return null;
    const session =
      (planned.reportSymbol ? await em.findOne(Session, { where: { reportSymbol: planned.reportSymbol } }) : null) ??
      (planned.startDate ? await em.findOne(Session, { where: { startDate: planned.startDate } }) : null) ??
      (planned.number !== null ? await em.findOne(Session, { where: { number: planned.number } }) : null);
    if (!session) return null;
    // The record's language for this session is the one its recommendations were first imported in.
    const rows: { language: string }[] = await em.query(
      `SELECT i.language FROM imports i WHERE i.session_id = $1 AND EXISTS (SELECT 1 FROM recommendations r WHERE r.session_id = $1)
        ORDER BY i.imported_at, i.id LIMIT 1`,
      [session.id],
    );
    return rows.length && rows[0].language !== plan.source.language ? session : null;
  }

  /** What a language version matches in the record, and what it lacks or places differently. */
  private async compareVersion(
    em: EntityManager,
    session: Session,
    plan: ImportPlan,
  ): Promise<{ report: LanguageVersion; matches: { planned: PlannedRecommendation; rec: Recommendation }[] }> {
    const recs = await em.find(Recommendation, { where: { sessionId: session.id } });
    const sections = new Map((await em.find(Section, { where: { sessionId: session.id } })).map((x) => [x.id, x.key]));
    const byId = new Map(recs.map((r) => [r.id, r]));
    const byKey = new Map(recs.map((r) => [versionKey(r.number), r]));
    const flat = flattenPlan(plan.sections);
    const seen = new Set<string>();
    const report: LanguageVersion = {
      session: session.number,
      language: plan.source.language,
      recordLanguages: [...new Set(recs.flatMap((r) => Object.keys(r.text)))].sort(),
      matched: 0,
      textsAttached: 0,
      missingInRecord: [],
      missingInVersion: [],
      structuralDifferences: [],
    };
    const matches: { planned: PlannedRecommendation; rec: Recommendation }[] = [];
    for (const { planned, sectionKey, parentNumber } of flat) {
      const rec = byKey.get(versionKey(planned.number));
      if (!rec) {
        report.missingInRecord.push(planned.number);
        continue;
      }
      seen.add(rec.id);
      report.matched++;
      matches.push({ planned, rec });
      const recordSection = rec.sectionId ? (sections.get(rec.sectionId) ?? null) : null;
      if (recordSection !== sectionKey) report.structuralDifferences.push({ number: rec.number, field: 'section', record: recordSection, version: sectionKey });
      const recordParent = rec.parentId ? (byId.get(rec.parentId)?.number ?? null) : null;
      if ((recordParent && versionKey(recordParent)) !== (parentNumber && versionKey(parentNumber))) {
        report.structuralDifferences.push({ number: rec.number, field: 'parent', record: recordParent, version: parentNumber });
      }
      if (rec.isContainer !== planned.isContainer) report.structuralDifferences.push({ number: rec.number, field: 'isContainer', record: rec.isContainer, version: planned.isContainer });
    }
    report.missingInVersion = recs.filter((r) => !seen.has(r.id)).sort((a, b) => a.ordinal - b.ordinal).map((r) => r.number);
    return { report, matches };
  }

  /**
   * Attaches a language version's texts to the recommendations it matches, and its headings to the sections and its
   * title to the session; creates nothing and leaves every other field and language as it is.
   */
  private async applyVersion(em: EntityManager, session: Session, plan: ImportPlan, summary: ImportSummary, actor: Actor | null): Promise<void> {
    const language = plan.source.language;
    const { report, matches } = await this.compareVersion(em, session, plan);
    for (const { planned, rec } of matches) {
      if (rec.text[language] === planned.text) continue;
      await em.insert(RecommendationRevision, {
        recommendationId: rec.id,
        version: rec.version,
        snapshot: { text: rec.text, addressee: rec.addressee, modality: rec.modality, adoption: rec.adoption, requiresStateReport: rec.requiresStateReport, isContainer: rec.isContainer },
        changedFields: ['text'],
        source: 'import',
        changedBy: actor?.id ?? null,
      });
      await em.update(Recommendation, { id: rec.id }, { text: { ...rec.text, [language]: planned.text }, version: rec.version + 1 });
      report.textsAttached++;
    }
    // The notes of this language version's texts replace its earlier ones; other languages' notes stay.
    for (const { planned, rec } of matches) {
      const notes = withNotes(rec.editorialNotes, language, planned.editorialNotes);
      if (notes) await em.update(Recommendation, { id: rec.id }, { editorialNotes: notes });
    }
    const headings = new Map<string, string>();
    const collect = (list: PlannedSection[]) => list.forEach((x) => (headings.set(x.key, x.heading), collect(x.sections)));
    collect(plan.sections);
    for (const section of await em.find(Section, { where: { sessionId: session.id } })) {
      const heading = headings.get(section.key);
      if (heading && section.heading[language] !== heading) await em.update(Section, { id: section.id }, { heading: { ...section.heading, [language]: heading } });
    }
    if (plan.session?.title && session.title?.[language] !== plan.session.title) {
      await em.update(Session, { id: session.id }, { title: { ...session.title, [language]: plan.session.title } });
    }
    summary.session = session.number;
    summary.recommendationsRevised = report.textsAttached;
    summary.versions = report;
    if (report.missingInRecord.length) {
      summary.warnings = [
        ...summary.warnings,
        { code: 'VERSION_MISSING_IN_RECORD', message: `${report.missingInRecord.length} items of this ${language} version are not in the record (not created): ${report.missingInRecord.slice(0, 20).join(', ')}` },
      ];
    }
  }

  /**
   * Applies a report to the catalogue in one transaction. The same bytes twice change nothing; a changed text of an
   * existing recommendation becomes a new revision; classifications set by the secretariat are never overwritten.
   */
  async apply(text: string, fileName: string | undefined, actor: Actor | null): Promise<{ summary: ImportSummary; plan: ImportPlan }> {
    if (!text.trim()) throw new CatalogueError('EMPTY_IMPORT');
    const digest = sha256(text);
    // Parsed before the transaction: however long the parse takes, it holds no connection and no lock. (The States
    // and themes it matches against are read just before; they change only by seeding and the themes API.)
    const plan = await this.parse(text, { ...(await this.directory()), fileName });
    return this.dataSource.transaction(async (em) => withArticleSuggestions(em, await this.applyPlan(em, text, digest, plan, fileName, actor)));
  }

  /**
   * Within the caller's transaction (the first start's seeding, which must be all or nothing): parsed against the
   * reference data that transaction sees, so it holds the transaction open while parsing; only for bootstrap.
   */
  async applyWithin(em: EntityManager, text: string, fileName: string | undefined, actor: Actor | null): Promise<{ summary: ImportSummary; plan: ImportPlan }> {
    if (!text.trim()) throw new CatalogueError('EMPTY_IMPORT');
    const plan = await this.parse(text, { ...(await this.directory(em)), fileName });
    return withArticleSuggestions(em, await this.applyPlan(em, text, sha256(text), plan, fileName, actor));
  }

  private async applyPlan(
    em: EntityManager,
    text: string,
    digest: string,
    plan: ImportPlan,
    fileName: string | undefined,
    actor: Actor | null,
  ): Promise<{ summary: ImportSummary; plan: ImportPlan }> {
    // One import at a time: numbering and upserts below assume nobody else is writing the catalogue's structure.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('catalogue:import'))`);
    const previous = await em.findOne(ImportRecord, { where: { sha256: digest } });
    if (previous) {
      const summary = { ...(previous.summary as unknown as ImportSummary), status: 'unchanged' as const, importId: previous.id };
      return { summary, plan };
    }
    const summary: ImportSummary = {
      status: 'applied',
      importId: '',
      session: null,
      sessionsCreated: 0,
      sectionsCreated: 0,
      recommendationsCreated: 0,
      recommendationsRevised: 0,
      subItemsCreated: 0,
      documentsUpserted: 0,
      attendance: { total: plan.attendance.length, matched: plan.attendance.filter((a) => a.stateCode).length },
      protocolStatusesRaised: 0,
      warnings: plan.warnings,
    };
    const versionOf = await this.versionTarget(em, plan);
    if (versionOf) {
      // Another language version of a report in the record: texts attached, never a second set.
      await this.applyVersion(em, versionOf, plan, summary, actor);
      return this.recordImport(em, digest, fileName, plan, summary, versionOf.id, actor);
    }
    for (const known of plan.knownSessions) {
      const { created } = await this.upsertSession(em, known.number, { startDate: known.startDate, endDate: known.endDate, venue: known.venue });
      if (created) summary.sessionsCreated++;
    }
    await this.applyReportSymbols(em, plan);
    let sessionId: string | null = null;
    if (plan.session) {
      const number = plan.session.number ?? (await this.numberFromDates(em, plan.session.startDate));
      if (number === null) throw new CatalogueError('UNRESOLVED_SESSION');
      const hasFinalImport = await em.query(
        `SELECT 1 FROM imports i JOIN sessions s ON s.id = i.session_id WHERE s.number = $1 AND i.summary->>'reportStatus' = 'final' LIMIT 1`,
        [number],
      );
      const { session, created } = await this.upsertSession(em, number, {
        startDate: plan.session.startDate,
        endDate: plan.session.endDate,
        venue: plan.session.venue,
        chair: plan.session.chair,
        format: plan.session.format,
        reportSymbol: plan.session.reportSymbol,
        // A draft never demotes a session whose final report was already imported.
        status: plan.session.status === 'final' || hasFinalImport.length ? 'final' : 'draft',
        title: plan.session.title ? { [plan.source.language]: plan.session.title } : undefined,
      });
      if (created) summary.sessionsCreated++;
      summary.session = number;
      sessionId = session.id;
      summary.documentsUpserted = await this.applyDocuments(em, session.id, plan);
      // A draft imported after the final report leaves the final report's attendance list alone.
      if (plan.session.status === 'final' || !hasFinalImport.length) summary.protocolStatusesRaised = await this.applyAttendance(em, session.id, plan);
      const style = citationStyle(text);
      const themes = new Map((await em.getRepository(Theme).find()).map((t) => [t.code, t.id]));
      const ordinal = { section: 0, recommendation: 0, seen: new Set<string>() };
      const walk = async (sections: PlannedSection[], parentId: string | null) => {
        for (const planned of sections) {
          const { section, created: sectionCreated } = await this.upsertSection(em, session.id, planned, parentId, ++ordinal.section, plan.source.language);
          if (sectionCreated) summary.sectionsCreated++;
          for (const rec of planned.recommendations) {
            await this.applyRecommendation(em, session, section.id, rec, null, null, ++ordinal.recommendation, ordinal, style, themes, summary, actor);
          }
          await walk(planned.sections, section.id);
        }
      };
      await walk(plan.sections, null);
    }
    return this.recordImport(em, digest, fileName, plan, summary, sessionId, actor);
  }

  private async recordImport(
    em: EntityManager,
    digest: string,
    fileName: string | undefined,
    plan: ImportPlan,
    summary: ImportSummary,
    sessionId: string | null,
    actor: Actor | null,
  ): Promise<{ summary: ImportSummary; plan: ImportPlan }> {
    const record = em.create(ImportRecord, {
      sha256: digest,
      fileName: fileName?.slice(0, 255) ?? null,
      language: plan.source.language,
      sessionId,
      summary: { ...summary, reportStatus: plan.session?.status ?? null } as unknown as Record<string, unknown>,
      importedBy: actor?.id ?? null,
    });
    await em.save(record);
    summary.importId = record.id;
    await this.audit.record(
      {
        actor,
        action: 'catalogue.imported',
        entity: 'import',
        entityId: record.id,
        metadata: {
          fileName: fileName ?? null,
          sha256: digest,
          session: summary.session,
          recommendationsCreated: summary.recommendationsCreated,
          recommendationsRevised: summary.recommendationsRevised,
          warnings: plan.warnings.length,
        },
      },
      em,
    );
    return { summary, plan };
  }

  /**
   * Document lists name earlier meetings' reports ("CTOC/COP/WG.4/2011/8 — 贩运人口问题工作组 2011 年 10 月 10 日至
   * 12 日在维也纳举行的会议的报告"): such an entry gives the session of that date its report symbol, and the
   * references of its recommendations are rewritten from the placeholder to the symbol.
   */
  private async applyReportSymbols(em: EntityManager, plan: ImportPlan): Promise<void> {
    for (const doc of plan.documents) {
      if (!/会议的?报告|report of the (meeting|working group)/i.test(doc.title) || /草稿|draft/i.test(doc.title)) continue;
      const [range] = findDateRanges(doc.title, plan.source.language);
      if (!range) continue;
      const session = await em.findOne(Session, { where: { startDate: range.start } });
      if (!session || session.reportSymbol) continue;
      const taken = await em.findOne(Session, { where: { reportSymbol: doc.symbol } });
      if (taken) continue;
      const placeholder = referenceFor({ reportSymbol: null, number: session.number }, '', 'paragraph').replace(/, para\. $/, '');
      session.reportSymbol = doc.symbol;
      await em.save(session);
      await em.query(`UPDATE recommendations SET reference = $1 || substr(reference, length($2) + 1) WHERE session_id = $3 AND starts_with(reference, $2)`, [
        doc.symbol,
        placeholder,
        session.id,
      ]);
    }
  }

  private async numberFromDates(em: EntityManager, startDate: string | null): Promise<number | null> {
    if (!startDate) return null;
    const found = await em.findOne(Session, { where: { startDate } });
    return found?.number ?? null;
  }

  /** Creates a session or fills in what is known about it; values already set are only replaced by real values. */
  private async upsertSession(
    em: EntityManager,
    number: number,
    values: Partial<Pick<Session, 'startDate' | 'endDate' | 'venue' | 'chair' | 'format' | 'reportSymbol' | 'status' | 'title'>>,
  ): Promise<{ session: Session; created: boolean }> {
    const existing = await em.findOne(Session, { where: { number } });
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as Partial<Session>;
    if (!existing) {
      // A meeting known only from other documents: what its report says is not known until that report is imported.
      const session = em.create(Session, { number, status: 'unknown', title: {}, ...defined });
      await em.save(session);
      return { session, created: true };
    }
    const next = { ...defined, title: defined.title ? { ...existing.title, ...defined.title } : existing.title };
    const changed = Object.entries(next).some(([k, v]) => JSON.stringify(existing[k as keyof Session]) !== JSON.stringify(v));
    if (changed) {
      Object.assign(existing, next);
      await em.save(existing);
    }
    return { session: existing, created: false };
  }

  private async applyDocuments(em: EntityManager, sessionId: string, plan: ImportPlan): Promise<number> {
    let n = 0;
    for (const [i, doc] of plan.documents.entries()) {
      const rows: unknown[] = await em.query(
        `INSERT INTO session_documents (session_id, symbol, agenda_item, title, ordinal) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT "UQ_session_documents_session_symbol"
         DO UPDATE SET agenda_item = EXCLUDED.agenda_item, title = EXCLUDED.title, ordinal = EXCLUDED.ordinal
         WHERE (session_documents.agenda_item, session_documents.title, session_documents.ordinal)
               IS DISTINCT FROM (EXCLUDED.agenda_item, EXCLUDED.title, EXCLUDED.ordinal)
         RETURNING id`,
        [sessionId, doc.symbol.slice(0, 80), doc.agendaItem?.slice(0, 40) ?? null, doc.title, i + 1],
      );
      n += rows.length;
    }
    return n;
  }

  /** Replaces the session's attendance when it differs, and brings the protocol statuses in line with it. */
  private async applyAttendance(em: EntityManager, sessionId: string, plan: ImportPlan): Promise<number> {
    if (plan.attendance.length === 0) return 0;
    const seen = new Set<string>();
    const rows = plan.attendance
      .filter((a) => {
        const key = `${a.name}|${a.category}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .map((a, i) => ({ sessionId, name: a.name.slice(0, 300), category: a.category, stateCode: a.stateCode, ordinal: i + 1 }));
    const current = await em.find(SessionAttendance, { where: { sessionId }, order: { ordinal: 'ASC' } });
    const same =
      current.length === rows.length &&
      current.every((c, i) => c.name === rows[i].name && c.category === rows[i].category && c.stateCode === rows[i].stateCode);
    if (!same) {
      await em.delete(SessionAttendance, { sessionId });
      await em.insert(SessionAttendance, rows);
    }
    // Only a final report's list counts, and only for what the treaty list lacks: the rule is in one place.
    return this.states.reconcileProtocolStatuses(em, null, { sessionId, fileName: plan.source.fileName });
  }

  private async upsertSection(
    em: EntityManager,
    sessionId: string,
    planned: PlannedSection,
    parentId: string | null,
    ordinal: number,
    language: string,
  ): Promise<{ section: Section; created: boolean }> {
    const existing = await em.findOne(Section, { where: { sessionId, key: planned.key } });
    if (!existing) {
      const section = em.create(Section, { sessionId, key: planned.key.slice(0, 60), heading: { [language]: planned.heading }, parentId, ordinal });
      await em.save(section);
      return { section, created: true };
    }
    const heading = { ...existing.heading, [language]: planned.heading };
    if (JSON.stringify(heading) !== JSON.stringify(existing.heading) || existing.parentId !== parentId || existing.ordinal !== ordinal) {
      Object.assign(existing, { heading, parentId, ordinal });
      await em.save(existing);
    }
    return { section: existing, created: false };
  }

  private async applyRecommendation(
    em: EntityManager,
    session: Session,
    sectionId: string,
    planned: PlannedRecommendation,
    parentId: string | null,
    rootId: string | null,
    ordinal: number,
    counter: { recommendation: number; seen: Set<string> },
    style: 'paragraph' | 'recommendation',
    themes: Map<string, string>,
    summary: ImportSummary,
    actor: Actor | null,
  ): Promise<void> {
    const language = planned.language;
    // A number the document uses twice cannot be two recommendations of one session: keep the first, warn.
    if (counter.seen.has(planned.number)) {
      summary.warnings = [...summary.warnings, { code: 'DUPLICATE_NUMBER', message: `Recommendation ${planned.number} appears twice; the second is ignored.`, line: planned.line }];
      return;
    }
    counter.seen.add(planned.number);
    let rec = await em.findOne(Recommendation, { where: { sessionId: session.id, number: planned.number } });
    if (!rec) {
      rec = em.create(Recommendation, {
        sessionId: session.id,
        sectionId,
        parentId,
        rootId,
        number: planned.number.slice(0, 40),
        label: planned.label,
        ordinal,
        reference: referenceFor(session, planned.number, style),
        text: { [language]: planned.text },
        addressee: planned.addressee,
        modality: planned.modality,
        adoption: planned.adoption,
        isContainer: planned.isContainer,
        requiresStateReport: planned.requiresStateReport,
        editorialNotes: planned.editorialNotes,
      });
      await em.save(rec);
      const themeIds = [...new Set(planned.themes)].map((c) => themes.get(c)).filter((id): id is string => Boolean(id));
      if (themeIds.length) await em.insert('recommendation_themes', themeIds.map((themeId) => ({ recommendationId: rec!.id, themeId, source: 'import' })));
      if (parentId) summary.subItemsCreated++;
      else summary.recommendationsCreated++;
    } else {
      const structural = { sectionId, parentId, rootId, label: planned.label, ordinal };
      const structureChanged = Object.entries(structural).some(([k, v]) => rec![k as keyof Recommendation] !== v);
      const textChanged = rec.text[language] !== planned.text;
      if (textChanged) {
        await em.insert(RecommendationRevision, {
          recommendationId: rec.id,
          version: rec.version,
          snapshot: {
            text: rec.text,
            addressee: rec.addressee,
            modality: rec.modality,
            adoption: rec.adoption,
            requiresStateReport: rec.requiresStateReport,
            isContainer: rec.isContainer,
          },
          changedFields: ['text'],
          source: 'import',
          changedBy: actor?.id ?? null,
        });
        summary.recommendationsRevised++;
      }
      const notes = withNotes(rec.editorialNotes, language, planned.editorialNotes);
      if (notes) await em.update(Recommendation, { id: rec.id }, { editorialNotes: notes });
      if (textChanged || structureChanged) {
        await em.update(
          Recommendation,
          { id: rec.id },
          { ...structural, text: { ...rec.text, [language]: planned.text }, version: textChanged ? rec.version + 1 : rec.version },
        );
      }
    }
    for (const child of planned.children) {
      await this.applyRecommendation(em, session, sectionId, child, rec.id, rootId ?? rec.id, ++counter.recommendation, counter, style, themes, summary, actor);
    }
  }
}

/** A recommendation's editorial notes with those of `language` replaced by `planned`; null when nothing changes. */
function withNotes(current: readonly EditorialNote[], language: string, planned: readonly EditorialNote[]): EditorialNote[] | null {
  const next = [...current.filter((n) => n.language !== language), ...planned];
  return JSON.stringify(next) === JSON.stringify(current) ? null : next;
}
