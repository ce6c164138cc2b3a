import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import type { CreateCycleDto, CycleDto } from './dto/cycle.dto.js';
import { ReportingCycle, type CycleStatus } from './entities/reporting-cycle.entity.js';
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
  (SELECT count(*)::int FROM implementation_reports ir WHERE ir.cycle_id = c.id AND ir.carried_from_id IS NOT NULL) AS "carriedForward"`;

type CycleRow = Omit<CycleDto, 'openedAt' | 'closedAt'> & { openedAt: Date | null; closedAt: Date | null };
const toDto = (r: CycleRow): CycleDto => ({ ...r, openedAt: r.openedAt?.toISOString() ?? null, closedAt: r.closedAt?.toISOString() ?? null });

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(): Promise<CycleDto[]> {
    const rows: CycleRow[] = await this.dataSource.query(`SELECT ${CYCLE_SELECT} FROM reporting_cycles c ORDER BY c.opens_on DESC, c.created_at DESC`);
    return rows.map(toDto);
  }

  async get(id: string, em: EntityManager = this.dataSource.manager): Promise<CycleDto> {
    const [row]: CycleRow[] = await em.query(`SELECT ${CYCLE_SELECT} FROM reporting_cycles c WHERE c.id = $1`, [id]);
    if (!row) throw new ReportError('CYCLE_NOT_FOUND');
    return toDto(row);
  }

  /**
   * Freezes the scope: recommendations that ask something of States (containers excluded: their items are the
   * recommendations), of final sessions only, narrowed by the filters.
   */
  async create(actor: ReportActor, dto: CreateCycleDto): Promise<CycleDto> {
    if (dto.closesOn < dto.opensOn) {
      throw new ReportError('INVALID_CYCLE', 'closesOn must not be before opensOn.', { errors: [{ field: 'closesOn', message: 'closesOn must be on or after opensOn' }] });
    }
    return this.dataSource.transaction(async (em) => {
      const filters = { sessions: dto.sessions ?? null, recommendationIds: dto.recommendationIds ?? null, themes: dto.themes ?? null };
      const cycle = em.create(ReportingCycle, { name: dto.name.trim(), opensOn: dto.opensOn, closesOn: dto.closesOn, status: 'planned', filters, createdBy: actor.id });
      await em.save(cycle);
      const inserted: unknown[] = await em.query(
        `INSERT INTO cycle_recommendations (cycle_id, recommendation_id)
         SELECT $1, r.id FROM recommendations r JOIN sessions s ON s.id = r.session_id
          WHERE r.requires_state_report AND NOT r.is_container AND s.status = 'final'
            AND ($2::int[] IS NULL OR s.number = ANY($2))
            AND ($3::uuid[] IS NULL OR r.id = ANY($3))
            AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes th ON th.id = rt.theme_id
                                                WHERE rt.recommendation_id = r.id AND th.code = ANY($4)))
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
  async remind(actor: ReportActor | null, id: string, states?: string[]): Promise<RemindResultDto> {
    const minIntervalHours = loadRemindersEnv().REMINDER_MIN_INTERVAL_HOURS;
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.findOne(ReportingCycle, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
      if (cycle.status !== 'open') throw new ReportError('CYCLE_CLOSED');
      const planned = await planReminders(em, id, states ?? null, minIntervalHours);
      const sent = planned.filter((s) => !s.skipped);
      const at = new Date().toISOString();
      let users = 0;
      for (const state of sent) {
        for (const recipient of state.recipients) {
          const message = reminderMessage(cycle.name, cycle.closesOn, recipient.language);
          const outbox = await this.notifications.notifyUser(em, recipient.userId, {
            kind: 'cycle.deadline',
            title: message.subject,
            body: message.text,
            data: { cycleId: id, closesOn: cycle.closesOn, stateCode: state.code },
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
  async previewReminder(id: string, states?: string[]): Promise<ReminderPreviewDto> {
    const minIntervalHours = loadRemindersEnv().REMINDER_MIN_INTERVAL_HOURS;
    const cycle = await this.dataSource.manager.findOne(ReportingCycle, { where: { id } });
    if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
    if (cycle.status !== 'open') throw new ReportError('CYCLE_CLOSED');
    const planned = await planReminders(this.dataSource.manager, id, states ?? null, minIntervalHours);
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
