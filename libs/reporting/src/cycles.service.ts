import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { assertIfMatch } from '#common';
import { openingWords, recommendationTextSql } from '#catalogue';
import type { CreateCycleDto, CycleDto, CycleScopeDto, ReopenCycleDto, ScopePreviewDto, StateExtensionBodyDto, UpdateCycleDto } from './dto/cycle.dto.js';
import { ReportingCycle, type CycleStatus } from './entities/reporting-cycle.entity.js';
import { recomputeLate } from './deadlines.js';
import type { ReportActor } from './access.js';
import { ReportError } from './reporting-errors.js';
import { NotificationsService, type Outbox } from '#notifications';
import type { ReminderPreviewDto, RemindResultDto } from './dto/reminder.dto.js';
import { reminderMessage } from './reminder-message.js';
import { planReminders, publicState, reminderMessages } from './reminders.js';
import { loadRemindersEnv } from './reminders.config.js';

const CYCLE_SELECT = `
  c.id, c.name, to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
  c.status, c.filters, c.opened_at AS "openedAt", c.closed_at AS "closedAt",
  (SELECT count(*)::int FROM cycle_recommendations cr WHERE cr.cycle_id = c.id) AS "scopeCount",
  (SELECT count(*)::int FROM implementation_reports ir WHERE ir.cycle_id = c.id AND ir.carried_from_id IS NOT NULL) AS "carriedForward",
  (SELECT COALESCE(json_agg(json_build_object('stateCode', e.state_code, 'closesOn', to_char(e.closes_on, 'YYYY-MM-DD'), 'reason', e.reason,
                                              'grantedBy', e.granted_by, 'updatedAt', e.updated_at) ORDER BY e.state_code), '[]'::json)
     FROM cycle_state_extensions e WHERE e.cycle_id = c.id AND ($1::char(3) IS NULL OR e.state_code = $1)) AS extensions,
  c.version`;

type CycleRow = Omit<CycleDto, 'openedAt' | 'closedAt'> & { openedAt: Date | null; closedAt: Date | null };
const toDto = (r: CycleRow): CycleDto => ({
  ...r,
  openedAt: r.openedAt?.toISOString() ?? null,
  closedAt: r.closedAt?.toISOString() ?? null,
  extensions: r.extensions.map((e) => ({ ...e, updatedAt: new Date(e.updatedAt).toISOString() })),
});

/** Whose extensions a reader sees: a focal point its own State's only (another State's reasons are not its business). */
const extensionsOf = (viewer: ReportActor | null | undefined): string | null => (viewer?.role === 'focal_point' ? (viewer.stateCode ?? '---') : null);

/**
 * The scope of a cycle as SQL over `recommendations r JOIN sessions s`: recommendations that ask something of States
 * (containers excluded: their items are the recommendations), of final sessions only, narrowed by the filters
 * ($2 sessions, $3 recommendation ids, $4 theme codes; NULL: no narrowing).
 */
const SCOPE_WHERE = `r.requires_state_report AND NOT r.is_container AND s.status = 'final'
            AND ($2::int[] IS NULL OR s.number = ANY($2))
            AND ($3::uuid[] IS NULL OR r.id = ANY($3))
            AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes th ON th.id = rt.theme_id
                                                WHERE rt.recommendation_id = r.id AND th.code = ANY($4)))`;

const scopeFilters = (dto: CycleScopeDto) => ({ sessions: dto.sessions ?? null, recommendationIds: dto.recommendationIds ?? null, themes: dto.themes ?? null });

const todayUtc = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(viewer?: ReportActor | null): Promise<CycleDto[]> {
    const rows: CycleRow[] = await this.dataSource.query(`SELECT ${CYCLE_SELECT} FROM reporting_cycles c ORDER BY c.opens_on DESC, c.created_at DESC`, [extensionsOf(viewer)]);
    return rows.map(toDto);
  }

  async get(id: string, em: EntityManager = this.dataSource.manager, viewer?: ReportActor | null): Promise<CycleDto> {
    const [row]: CycleRow[] = await em.query(`SELECT ${CYCLE_SELECT} FROM reporting_cycles c WHERE c.id = $2`, [extensionsOf(viewer), id]);
    if (!row) throw new ReportError('CYCLE_NOT_FOUND');
    return toDto(row);
  }

  /** What `create` would put in scope now: the count and the first few, so the secretariat sees it before creating. */
  async scopePreview(dto: CycleScopeDto, lang: string | null): Promise<ScopePreviewDto> {
    const f = scopeFilters(dto);
    const text = recommendationTextSql('r.text', '$5::text');
    const [counted]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM recommendations r JOIN sessions s ON s.id = r.session_id WHERE $1::int IS NULL AND ${SCOPE_WHERE}`,
      [null, f.sessions, f.recommendationIds, f.themes],
    );
    const sample: { id: string; session: number; reference: string; text: string | null; textLanguage: string | null }[] = await this.dataSource.query(
      `SELECT r.id, s.number AS session, r.reference, ${text.text} AS text, ${text.textLanguage} AS "textLanguage"
         FROM recommendations r JOIN sessions s ON s.id = r.session_id
        WHERE $1::int IS NULL AND ${SCOPE_WHERE}
        ORDER BY s.number, r.ordinal, r.id
        LIMIT 10`,
      [null, f.sessions, f.recommendationIds, f.themes, lang],
    );
    return { count: counted.count, sample: sample.map(({ text: t, ...r }) => ({ ...r, excerpt: openingWords(t, 160) })) };
  }

  /**
   * Freezes the scope: recommendations that ask something of States (containers excluded: their items are the
   * recommendations), of final sessions only, narrowed by the filters.
   */
  async create(actor: ReportActor, dto: CreateCycleDto): Promise<CycleDto> {
    if (dto.closesOn < dto.opensOn) throw closesBeforeOpens();
    return this.dataSource.transaction(async (em) => {
      const filters = scopeFilters(dto);
      const cycle = em.create(ReportingCycle, { name: dto.name.trim(), opensOn: dto.opensOn, closesOn: dto.closesOn, status: 'planned', filters, createdBy: actor.id });
      await em.save(cycle);
      const inserted: unknown[] = await em.query(
        `INSERT INTO cycle_recommendations (cycle_id, recommendation_id)
         SELECT $1, r.id FROM recommendations r JOIN sessions s ON s.id = r.session_id
          WHERE ${SCOPE_WHERE}
         RETURNING recommendation_id`,
        [cycle.id, filters.sessions, filters.recommendationIds, filters.themes],
      );
      if (inserted.length === 0) throw new ReportError('EMPTY_SCOPE');
      await this.audit.record({ actor, action: 'cycle.created', entity: 'cycle', entityId: cycle.id, metadata: { ...filters, scopeCount: inserted.length } }, em);
      return this.get(cycle.id, em);
    });
  }

  /**
   * Opens a planned cycle. Each State's last accepted report on a recommendation of the scope pre-fills its new
   * draft (carry-forward), in the same transaction.
   */
  async open(actor: ReportActor, id: string): Promise<CycleDto> {
    let outbox: Outbox = [];
    const cycle = await this.move(actor, id, 'planned', 'open', async (em, row) => {
      const carried: unknown[] = await em.query(
        `INSERT INTO implementation_reports (cycle_id, state_code, recommendation_id, workflow_state, implementation_status,
                narrative, measures, evidence, challenges, assistance_needed, assistance_details, assistance_type,
                carried_from_id, submissions, late, version)
         SELECT DISTINCT ON (r.state_code, r.recommendation_id) $1, r.state_code, r.recommendation_id, 'draft',
                r.implementation_status, r.narrative, r.measures, r.evidence, r.challenges, r.assistance_needed,
                r.assistance_details, r.assistance_type, r.id, 0, false, 1
           FROM implementation_reports r
           JOIN cycle_recommendations cr ON cr.cycle_id = $1 AND cr.recommendation_id = r.recommendation_id
          WHERE r.workflow_state = 'accepted' AND r.cycle_id <> $1
          ORDER BY r.state_code, r.recommendation_id, r.updated_at DESC
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [id],
      );
      outbox = await this.notifications.notifyFocalPoints(em, null, {
        kind: 'cycle.opened',
        title: `Reporting is open: ${row.name}`,
        body: `The reporting cycle "${row.name}" is open until ${row.closesOn}. Please report on your State's implementation.`,
        data: { cycleId: id, closesOn: row.closesOn },
        dedupeKey: `cycle:${id}:opened`,
      });
      return { carriedForward: carried.length, notified: outbox.length };
    });
    return cycle;
  }

  /**
   * Reminds the focal points of the given States (default: every State with an active focal point that has submitted
   * nothing) in an open cycle, each in its own language, through the mail outbox. A State reminded less than
   * REMINDER_MIN_INTERVAL_HOURS ago is skipped and named in the answer; the cycle row is locked meanwhile, so two
   * runs at once (replicas, a double click) cannot both remind it. Audited.
   */
  async remind(actor: ReportActor | null, id: string, states?: string[], lang?: string): Promise<RemindResultDto> {
    const minIntervalHours = loadRemindersEnv().REMINDER_MIN_INTERVAL_HOURS;
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.findOne(ReportingCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
      if (cycle.status !== 'open') throw new ReportError('CYCLE_CLOSED');
      const planned = await planReminders(em, id, states ?? null, minIntervalHours, lang ?? null);
      const sent = planned.filter((s) => !s.skipped);
      const at = new Date().toISOString();
      let users = 0;
      for (const state of sent) {
        for (const recipient of state.recipients) {
          const message = reminderMessage(cycle.name, state.deadline, recipient.language);
          const outbox = await this.notifications.notifyUser(em, recipient.userId, {
            kind: 'cycle.deadline',
            title: message.subject,
            body: message.text,
            data: { cycleId: id, closesOn: state.deadline, stateCode: state.code },
            dedupeKey: `cycle:${id}:reminder:${at}`,
          });
          users += outbox.length;
        }
      }
      const skipped = planned.filter((s) => s.skipped);
      await this.audit.record(
        {
          actor,
          action: 'cycle.reminded',
          entity: 'cycle',
          entityId: id,
          metadata: { states: sent.map((s) => s.code), users, skipped: skipped.map((s) => ({ code: s.code, reason: s.skipped })), minIntervalHours, selected: states ?? null },
        },
        em,
      );
      return { reminded: users, states: sent.map((s) => s.code), skipped: skipped.map(publicState), minIntervalHours };
    });
  }

  /** What `remind` would do now, without sending: the recipients, who would be skipped, and the mail in each language. */
  async previewReminder(id: string, states?: string[], lang?: string): Promise<ReminderPreviewDto> {
    const minIntervalHours = loadRemindersEnv().REMINDER_MIN_INTERVAL_HOURS;
    const cycle = await this.dataSource.manager.findOne(ReportingCycle, { where: { id } });
    if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
    if (cycle.status !== 'open') throw new ReportError('CYCLE_CLOSED');
    const planned = await planReminders(this.dataSource.manager, id, states ?? null, minIntervalHours, lang ?? null);
    return { minIntervalHours, states: planned.map(publicState), messages: reminderMessages(cycle.name, cycle.closesOn, planned) };
  }

  /** For a scheduler (`npm run cli -- remind`): remind every open cycle that closes within `days` days (the interval applies). */
  async remindDue(days: number): Promise<{ cycleId: string; reminded: number }[]> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM reporting_cycles WHERE status = 'open' AND closes_on >= current_date AND closes_on <= current_date + $1::int`,
      [days],
    );
    const out: { cycleId: string; reminded: number }[] = [];
    for (const { id } of due) out.push({ cycleId: id, reminded: (await this.remind(null, id)).reminded });
    return out;
  }

  async close(actor: ReportActor, id: string): Promise<CycleDto> {
    return this.move(actor, id, 'open', 'closed', async () => ({}));
  }

  /**
   * Name and dates, with If-Match on the cycle's version. The opening day changes only while planned; the closing day
   * while planned, or open (not before today: an open cycle ending in the past is closed instead). A closed cycle's
   * dates change by reopening it. A new closing day of an open cycle sets the late flags again (deadlines.ts).
   */
  async update(actor: ReportActor, id: string, ifMatch: string | undefined, dto: UpdateCycleDto): Promise<CycleDto> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.lock(em, id);
      assertIfMatch(ifMatch, cycle.version);
      const next = { name: dto.name?.trim() ?? cycle.name, opensOn: dto.opensOn ?? cycle.opensOn, closesOn: dto.closesOn ?? cycle.closesOn };
      if (dto.name !== undefined && !next.name) throw new ReportError('INVALID_CYCLE', 'name must not be blank.', { errors: [{ field: 'name', message: 'name must not be blank' }] });
      const changes: Record<string, { from: string; to: string }> = {};
      for (const field of ['name', 'opensOn', 'closesOn'] as const) if (next[field] !== cycle[field]) changes[field] = { from: cycle[field], to: next[field] };
      if (Object.keys(changes).length === 0) return this.get(id, em);
      if (cycle.status === 'closed' && (changes.opensOn || changes.closesOn)) throw new ReportError('CYCLE_REOPEN_FIRST');
      if (cycle.status === 'open' && changes.opensOn) {
        throw new ReportError('CYCLE_ALREADY_OPENED', undefined, { errors: [{ field: 'opensOn', message: 'the cycle has opened' }] });
      }
      if (next.closesOn < next.opensOn) throw closesBeforeOpens();
      if (cycle.status === 'open' && changes.closesOn && next.closesOn < todayUtc()) throw deadlinePassed();
      await em.update(ReportingCycle, { id }, { ...next, version: cycle.version + 1 });
      const lateChanged = changes.closesOn && cycle.status === 'open' ? await recomputeLate(em, id) : 0;
      await this.audit.record({ actor, action: 'cycle.updated', entity: 'cycle', entityId: id, changes, metadata: { lateChanged } }, em);
      return this.get(id, em);
    });
  }

  /**
   * Gives one State a later deadline (or changes the one it has): its submissions up to that day are not late, those
   * already made included. Planned or open cycles; the day must be after the cycle's closing day.
   */
  async putExtension(actor: ReportActor, id: string, stateCode: string, dto: StateExtensionBodyDto): Promise<CycleDto> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.lock(em, id);
      await this.assertState(em, stateCode);
      if (cycle.status === 'closed') throw new ReportError('CYCLE_REOPEN_FIRST');
      if (dto.closesOn <= cycle.closesOn) {
        throw new ReportError('EXTENSION_NOT_LATER', `The cycle closes on ${cycle.closesOn}.`, { errors: [{ field: 'closesOn', message: `must be after ${cycle.closesOn}` }] });
      }
      const reason = dto.reason.trim();
      const [before]: { closesOn: string; reason: string }[] = await em.query(
        `SELECT to_char(closes_on, 'YYYY-MM-DD') AS "closesOn", reason FROM cycle_state_extensions WHERE cycle_id = $1 AND state_code = $2`,
        [id, stateCode],
      );
      if (before && before.closesOn === dto.closesOn && before.reason === reason) return this.get(id, em);
      await em.query(
        `INSERT INTO cycle_state_extensions (cycle_id, state_code, closes_on, reason, granted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT "PK_cycle_state_extensions"
         DO UPDATE SET closes_on = EXCLUDED.closes_on, reason = EXCLUDED.reason, granted_by = EXCLUDED.granted_by, updated_at = now()`,
        [id, stateCode, dto.closesOn, reason, actor.id],
      );
      await em.update(ReportingCycle, { id }, { version: cycle.version + 1 });
      const lateChanged = await recomputeLate(em, id, stateCode);
      const changes: Record<string, { from: string | null; to: string }> = {};
      if (before?.closesOn !== dto.closesOn) changes.closesOn = { from: before?.closesOn ?? null, to: dto.closesOn };
      if (before?.reason !== reason) changes.reason = { from: before?.reason ?? null, to: reason };
      await this.audit.record(
        { actor, action: before ? 'cycle.extension_changed' : 'cycle.extension_granted', entity: 'cycle', entityId: id, changes, metadata: { stateCode, lateChanged } },
        em,
      );
      return this.get(id, em);
    });
  }

  /** Takes a State's extension back: the cycle's closing day is its deadline again (late flags set again). */
  async deleteExtension(actor: ReportActor, id: string, stateCode: string): Promise<CycleDto> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.lock(em, id);
      if (cycle.status === 'closed') throw new ReportError('CYCLE_REOPEN_FIRST');
      // A DELETE answers [rows, affected] through TypeORM on PostgreSQL.
      const [removed]: [{ closesOn: string; reason: string }[], number] = await em.query(
        `DELETE FROM cycle_state_extensions WHERE cycle_id = $1 AND state_code = $2 RETURNING to_char(closes_on, 'YYYY-MM-DD') AS "closesOn", reason`,
        [id, stateCode],
      );
      const row = removed[0];
      if (!row) throw new ReportError('EXTENSION_NOT_FOUND');
      await em.update(ReportingCycle, { id }, { version: cycle.version + 1 });
      const lateChanged = await recomputeLate(em, id, stateCode);
      await this.audit.record(
        { actor, action: 'cycle.extension_removed', entity: 'cycle', entityId: id, changes: { closesOn: { from: row.closesOn, to: null } }, metadata: { stateCode, reason: row.reason, lateChanged } },
        em,
      );
      return this.get(id, em);
    });
  }

  /**
   * Opens a closed cycle again until a new closing day (today or later). Nothing is carried forward again (the drafts
   * are there); the focal points are told; late flags are set again against the new day.
   */
  async reopen(actor: ReportActor, id: string, dto: ReopenCycleDto): Promise<CycleDto> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.lock(em, id);
      if (cycle.status !== 'closed') throw new ReportError('INVALID_CYCLE_TRANSITION', `The cycle is ${cycle.status}; only a closed cycle can be reopened.`);
      if (dto.closesOn < cycle.opensOn) throw closesBeforeOpens();
      if (dto.closesOn < todayUtc()) throw deadlinePassed();
      await em.update(ReportingCycle, { id }, { status: 'open', closesOn: dto.closesOn, closedAt: null, version: cycle.version + 1 });
      const lateChanged = await recomputeLate(em, id);
      const outbox = await this.notifications.notifyFocalPoints(em, null, {
        kind: 'cycle.opened',
        title: `Reporting is open again: ${cycle.name}`,
        body: `The reporting cycle "${cycle.name}" is open again until ${dto.closesOn}.`,
        data: { cycleId: id, closesOn: dto.closesOn },
        dedupeKey: `cycle:${id}:reopened:${cycle.version + 1}`,
      });
      await this.audit.record(
        {
          actor,
          action: 'cycle.reopened',
          entity: 'cycle',
          entityId: id,
          changes: { status: { from: 'closed', to: 'open' }, ...(dto.closesOn !== cycle.closesOn ? { closesOn: { from: cycle.closesOn, to: dto.closesOn } } : {}) },
          metadata: { lateChanged, notified: outbox.length },
        },
        em,
      );
      return this.get(id, em);
    });
  }

  /** The cycle row, locked for the change (submissions hold it FOR SHARE, so they wait, and the late flags stay right). */
  private async lock(em: EntityManager, id: string): Promise<ReportingCycle> {
    const cycle = await em.findOne(ReportingCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
    return cycle;
  }

  private async assertState(em: EntityManager, code: string): Promise<void> {
    const [row]: unknown[] = await em.query(`SELECT 1 FROM states WHERE code = $1`, [code]);
    if (!row) throw new ReportError('STATE_NOT_FOUND');
  }

  private async move(
    actor: ReportActor,
    id: string,
    from: CycleStatus,
    to: CycleStatus,
    effect: (em: EntityManager, cycle: ReportingCycle) => Promise<Record<string, unknown>>,
  ): Promise<CycleDto> {
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.findOne(ReportingCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
      if (cycle.status !== from) {
        throw new ReportError('INVALID_CYCLE_TRANSITION', `The cycle is ${cycle.status}; only a ${from} cycle can become ${to}.`);
      }
      await em.update(
        ReportingCycle,
        { id },
        { status: to, version: cycle.version + 1, ...(to === 'open' ? { openedAt: new Date() } : { closedAt: new Date() }) },
      );
      const metadata = await effect(em, cycle);
      await this.audit.record({ actor, action: `cycle.${to === 'open' ? 'opened' : 'closed'}`, entity: 'cycle', entityId: id, changes: { status: { from, to } }, metadata }, em);
      return this.get(id, em);
    });
  }
}

const closesBeforeOpens = () =>
  new ReportError('CYCLE_CLOSES_BEFORE_OPENS', undefined, { errors: [{ field: 'closesOn', message: 'closesOn must be on or after opensOn' }] });
const deadlinePassed = () => new ReportError('CYCLE_DEADLINE_PASSED', undefined, { errors: [{ field: 'closesOn', message: 'closesOn must be today or later' }] });
