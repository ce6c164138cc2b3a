import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { pageOf, pageOffset, type Page } from '#common';
import { CatalogueError } from './catalogue-errors.js';
import type { ListStatesQuery, StateDetailDto, UpdateStateDto } from './dto/state.dto.js';
import { StateDto } from './dto/state.dto.js';
import { State, type ProtocolStatus } from './entities/state.entity.js';
import type { Actor } from './recommendations.service.js';

export interface StateSeed {
  code: string;
  names: Record<string, string>;
  aliases?: Record<string, string[]>;
  kind: State['kind'];
  regionalGroup: State['regionalGroup'];
}

const RANK: Record<ProtocolStatus, number> = { non_party: 0, signatory: 1, party: 2 };

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
    return { ...StateDto.from(state), attendance };
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

  /** Adds the seed's names in languages a State lacks; never replaces a name it has. Returns the States changed. */
  async fillMissingNames(em: EntityManager, seeds: StateSeed[]): Promise<number> {
    if (seeds.length === 0) return 0;
    // TypeORM answers a raw UPDATE as [rows, affected count].
    const [, changed]: [unknown[], number] = await em.query(
      `UPDATE states s SET names = x.names || s.names
         FROM jsonb_to_recordset($1::jsonb) AS x(code char(3), names jsonb)
        WHERE s.code = x.code AND NOT s.names @> x.names AND (x.names || s.names) IS DISTINCT FROM s.names`,
      [JSON.stringify(seeds.map((s) => ({ code: s.code, names: s.names })))],
    );
    return changed;
  }

  /** Raises (never lowers) protocol statuses from what an attendance list shows. */
  async raiseProtocolStatus(em: EntityManager, observed: { code: string; status: ProtocolStatus }[]): Promise<number> {
    if (observed.length === 0) return 0;
    const rows: unknown[] = await em.query(
      `UPDATE states s SET protocol_status = o.status, version = s.version + 1
         FROM jsonb_to_recordset($1::jsonb) AS o(code char(3), status varchar, rank int)
        WHERE s.code = o.code AND o.rank > (CASE s.protocol_status WHEN 'party' THEN 2 WHEN 'signatory' THEN 1 ELSE 0 END)
        RETURNING s.code`,
      [JSON.stringify(observed.map((o) => ({ ...o, rank: RANK[o.status] })))],
    );
    return rows.length;
  }
}
