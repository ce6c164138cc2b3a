import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { pageOf, pageOffset, type Page } from '#common';
import { CatalogueError } from './catalogue-errors.js';
import type { ListStatesQuery, ProtocolStatusChangeDto, StateDetailDto, UpdateStateDto } from './dto/state.dto.js';
import { StateDto } from './dto/state.dto.js';
import { ProtocolStatusChange } from './entities/protocol-status-change.entity.js';
import { State, type ProtocolAction } from './entities/state.entity.js';
import type { Actor } from './recommendations.service.js';

export interface StateSeed {
  code: string;
  names: Record<string, string>;
  aliases?: Record<string, string[]>;
  kind: State['kind'];
  regionalGroup: State['regionalGroup'];
}

/** seeds/protocol-parties.json: the UN Treaty Collection's list of the Protocol's parties, transcribed. */
export interface ProtocolPartiesList {
  source: string;
  asOf: string;
  parties: { code: string; action: ProtocolAction; date: string; dateUncertain?: boolean }[];
}

/** The list a status of source `treaty_list` cites. */
export interface TreatyListReference {
  source: string;
  asOf: string;
}

const HISTORY_SELECT = `
  h.status, h.previous_status AS "previousStatus", h.source, h.source_reference AS "sourceReference",
  to_char(h.source_date, 'YYYY-MM-DD') AS "sourceDate", s.number AS session, h.note, h.changed_by AS "changedBy",
  h.recorded_at AS "recordedAt"
  FROM protocol_status_changes h LEFT JOIN sessions s ON s.id = h.session_id`;

@Injectable()
export class StatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListStatesQuery): Promise<Page<StateDto>> {
    const qb = this.dataSource.getRepository(State).createQueryBuilder('s');
    if (query.regionalGroup) qb.andWhere('s.regional_group = :g', { g: query.regionalGroup });
    if (query.kind) qb.andWhere('s.kind = :k', { k: query.kind });
    if (query.protocolStatus) qb.andWhere('s.protocol_status = :p', { p: query.protocolStatus });
    if (query.q) {
      qb.andWhere(`(s.code = upper(:q) OR s.names::text ILIKE :like OR s.aliases::text ILIKE :like)`, {
        q: query.q,
        like: `%${query.q.replace(/[%_\\"]/g, '\\$&')}%`,
      });
    }
    qb.orderBy('s.code').offset(pageOffset(query)).limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return pageOf(items.map(StateDto.from), total, query);
  }

  async get(code: string): Promise<StateDetailDto> {
    const state = await this.dataSource.getRepository(State).findOne({ where: { code: code.toUpperCase() } });
    if (!state) throw new CatalogueError('STATE_NOT_FOUND');
    const attendance: StateDetailDto['attendance'] = await this.dataSource.query(
      `SELECT s.number AS session, to_char(s.start_date, 'YYYY-MM-DD') AS "startDate", a.name, a.category
         FROM session_attendance a JOIN sessions s ON s.id = a.session_id
        WHERE a.state_code = $1 ORDER BY s.number`,
      [state.code],
    );
    const history: ProtocolStatusChangeDto[] = await this.dataSource.query(
      `SELECT ${HISTORY_SELECT} WHERE h.state_code = $1 ORDER BY h.recorded_at DESC, h.id DESC`,
      [state.code],
    );
    return {
      ...StateDto.from(state),
      protocolAction: state.protocolAction,
      protocolActionDate: state.protocolActionDate,
      protocolStatusSource: history[0] ?? null,
      protocolStatusHistory: history,
      attendance,
    };
  }

  async exists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(State).exists({ where: { code } });
  }

  /** Every State's code, names and aliases (the accounts layer's StateDirectory). */
  async entries(): Promise<{ code: string; names: Record<string, string>; aliases: Record<string, string[]> }[]> {
    return this.dataSource.getRepository(State).find({ select: { code: true, names: true, aliases: true }, order: { code: 'ASC' } });
  }

  async update(actor: Actor, code: string, dto: UpdateStateDto): Promise<StateDto> {
    return this.dataSource.transaction(async (em) => {
      const state = await em.findOne(State, { where: { code: code.toUpperCase() }, lock: { mode: 'pessimistic_write' } });
      if (!state) throw new CatalogueError('STATE_NOT_FOUND');
      if (state.protocolStatus !== dto.protocolStatus) {
        await this.audit.record(
          { actor, action: 'state.updated', entity: 'state', entityId: state.code, changes: { protocolStatus: { from: state.protocolStatus, to: dto.protocolStatus } } },
          em,
        );
        await em.insert(ProtocolStatusChange, {
          stateCode: state.code,
          status: dto.protocolStatus,
          previousStatus: state.protocolStatus,
          source: 'manual',
          sourceReference: `PATCH /api/states/${state.code}`,
          sourceDate: null,
          sessionId: null,
          note: 'corrected by the secretariat; the lists and reports no longer change it',
          changedBy: actor.id,
        });
        state.protocolStatus = dto.protocolStatus;
        await em.save(state);
      }
      return StateDto.from(state);
    });
  }

  /** Inserts missing States and refreshes names/aliases/groups of existing ones (protocol status is left alone). */
  async seed(em: EntityManager, seeds: StateSeed[]): Promise<number> {
    if (seeds.length === 0) return 0;
    const result: unknown[] = await em.query(
      `INSERT INTO states (code, names, aliases, kind, regional_group, version)
       SELECT x.code, x.names, COALESCE(x.aliases, '{}'::jsonb), x.kind, x.regional_group, 1
         FROM jsonb_to_recordset($1::jsonb) AS x(code char(3), names jsonb, aliases jsonb, kind varchar, regional_group varchar)
       ON CONFLICT (code) DO UPDATE SET names = EXCLUDED.names, aliases = EXCLUDED.aliases, kind = EXCLUDED.kind,
         regional_group = EXCLUDED.regional_group
       WHERE (states.names, states.aliases, states.kind, states.regional_group)
             IS DISTINCT FROM (EXCLUDED.names, EXCLUDED.aliases, EXCLUDED.kind, EXCLUDED.regional_group)
       RETURNING code`,
      [JSON.stringify(seeds.map((s) => ({ ...s, regional_group: s.regionalGroup })))],
    );
    return result.length;
  }

  /**
   * Brings a seeded database's State names up to seeds/states.json: adds the names in languages a State lacks, and
   * replaces a name that is one of the seed's aliases in that language — the name an earlier seed gave it (e.g. «ОАЭ»
   * before the UN's official short name). Any other stored name (an edit of the secretariat's) is kept. Returns the
   * States changed.
   */
  async fillMissingNames(em: EntityManager, seeds: StateSeed[]): Promise<number> {
    if (seeds.length === 0) return 0;
    // TypeORM answers a raw UPDATE as [rows, affected count].
    const [, changed]: [unknown[], number] = await em.query(
      `WITH wanted AS (
         SELECT s.code,
                x.names || (SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}'::jsonb) FROM jsonb_each(s.names) e
                             WHERE NOT COALESCE(x.aliases->e.key ? (e.value #>> '{}'), false)) AS names
           FROM states s JOIN jsonb_to_recordset($1::jsonb) AS x(code char(3), names jsonb, aliases jsonb) ON x.code = s.code)
       UPDATE states s SET names = w.names, version = s.version + 1
         FROM wanted w WHERE s.code = w.code AND w.names IS DISTINCT FROM s.names`,
      [JSON.stringify(seeds.map((seed) => ({ code: seed.code, names: seed.names, aliases: seed.aliases ?? {} })))],
    );
    return changed;
  }

  /**
   * Copies the UN Treaty Collection's list of parties onto the States (how and when each became a party); a State
   * the list no longer names loses its entry. Returns the States changed. Statuses follow in
   * {@link reconcileProtocolStatuses}.
   */
  async applyTreatyList(em: EntityManager, list: ProtocolPartiesList): Promise<number> {
    const [, changed]: [unknown[], number] = await em.query(
      `UPDATE states s SET protocol_action = x.action, protocol_action_date = x.date, version = s.version + 1
         FROM (SELECT st.code, p.action, p.date::date AS date
                 FROM states st
                 LEFT JOIN jsonb_to_recordset($1::jsonb) AS p(code char(3), action varchar, date varchar) ON p.code = st.code) x
        WHERE s.code = x.code AND (s.protocol_action, s.protocol_action_date) IS DISTINCT FROM (x.action, x.date)`,
      [JSON.stringify(list.parties.map(({ code, action, date }) => ({ code, action, date })))],
    );
    return changed;
  }

  /**
   * The one rule of a State's protocol status: a party when the UN Treaty Collection's list names it; otherwise the
   * highest status a **final** report's attendance list gives it (a party, the EU as a regional organization, or a
   * signatory), from the earliest such meeting; otherwise not a party. A draft report never changes a status. A status
   * the secretariat corrected (source `manual`) is left alone.
   *
   * Every State whose status or source differs from that rule (or that has no history yet) gets its status and a
   * history row naming the source, in the caller's transaction. `treaty` is the list cited for `treaty_list`
   * statuses; null: the one the history last cited (an import at run time), and nothing from the list when there is
   * none. `importing`: the report being imported in this transaction (its import row is written after), cited by
   * its file name. Returns the number of history rows written.
   */
  async reconcileProtocolStatuses(
    em: EntityManager,
    treaty: TreatyListReference | null = null,
    importing: { sessionId: string; fileName: string | null } | null = null,
  ): Promise<number> {
    const cited =
      treaty ??
      ((await em.query(
        `SELECT source_reference AS source, to_char(source_date, 'YYYY-MM-DD') AS "asOf" FROM protocol_status_changes
          WHERE source = 'treaty_list' ORDER BY recorded_at DESC, id DESC LIMIT 1`,
      )) as TreatyListReference[])[0] ??
      null;
    const rows: unknown[] = await em.query(
      `WITH reported AS (
         SELECT DISTINCT ON (a.state_code) a.state_code,
                CASE WHEN a.category IN ('party', 'reio') THEN 'party' ELSE 'signatory' END AS status,
                a.category, s.id AS session_id, s.number, s.start_date, s.report_symbol,
                COALESCE(
                  (SELECT i.file_name FROM imports i WHERE i.session_id = s.id AND i.summary->>'reportStatus' = 'final'
                    ORDER BY i.imported_at, i.id LIMIT 1),
                  CASE WHEN s.id = $3::uuid THEN $4::varchar END) AS file_name
           FROM session_attendance a JOIN sessions s ON s.id = a.session_id
          WHERE s.status = 'final' AND a.state_code IS NOT NULL AND a.category IN ('party', 'reio', 'signatory')
          ORDER BY a.state_code, (a.category <> 'signatory') DESC, s.start_date NULLS LAST, s.number
       ), documented AS (
         -- The report's columns only where the report is the source (a listed party's attendance is not its source).
         SELECT st.code, st.protocol_status AS current,
                CASE WHEN st.protocol_action IS NOT NULL THEN 'party' ELSE COALESCE(r.status, 'non_party') END AS status,
                CASE WHEN r.state_code IS NOT NULL THEN 'report' ELSE 'treaty_list' END AS source,
                st.protocol_action, st.protocol_action_date, r.category, r.session_id, r.number, r.start_date,
                r.report_symbol, r.file_name
           FROM states st LEFT JOIN reported r ON r.state_code = st.code AND st.protocol_action IS NULL
       ), latest AS (
         SELECT DISTINCT ON (state_code) state_code, source, session_id
           FROM protocol_status_changes ORDER BY state_code, recorded_at DESC, id DESC
       ), target AS (
         SELECT d.* FROM documented d LEFT JOIN latest l ON l.state_code = d.code
          WHERE (d.source = 'report' OR $1::varchar IS NOT NULL)
            AND (l.state_code IS NULL
                 OR (l.source <> 'manual'
                     AND (d.status <> d.current OR d.source <> l.source OR d.session_id IS DISTINCT FROM l.session_id)))
       ), updated AS (
         UPDATE states s SET protocol_status = t.status, version = s.version + 1
           FROM target t WHERE s.code = t.code AND s.protocol_status <> t.status
       )
       INSERT INTO protocol_status_changes
              (state_code, status, previous_status, source, source_reference, source_date, session_id, note, recorded_at)
       SELECT t.code, t.status, t.current, t.source,
              CASE t.source WHEN 'report'
                   THEN left(concat_ws(' ', COALESCE(t.file_name, 'WG.4 meeting ' || t.number), '(' || t.report_symbol || ')'), 500)
                   ELSE $1 END,
              CASE t.source WHEN 'report' THEN t.start_date ELSE $2::date END,
              t.session_id,
              CASE
                WHEN t.source = 'report' THEN 'listed as ' || t.category || ' in the attendance of meeting ' || t.number || ' (final report); not in the treaty list'
                WHEN t.status = 'party' THEN t.protocol_action || ' ' || to_char(t.protocol_action_date, 'YYYY-MM-DD')
                ELSE 'not in the list of parties, and no final report lists it as a party or signatory'
              END,
              -- Several rows of one State in one transaction keep their order.
              clock_timestamp()
         FROM target t
       RETURNING state_code`,
      [cited?.source ?? null, cited?.asOf ?? null, importing?.sessionId ?? null, importing?.fileName ?? null],
    );
    return rows.length;
  }
}
