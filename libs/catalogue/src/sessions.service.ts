import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, diffFields } from '#audit';
import { CatalogueError } from './catalogue-errors.js';
import type { SectionNodeDto, SessionDetailDto, SessionDto, UpdateSessionDto } from './dto/session.dto.js';
import { Session } from './entities/session.entity.js';
import { referenceFor, type Actor } from './recommendations.service.js';

/** What a reference starts with: the report symbol, else the placeholder "WG.4 meeting N". */
const citedDocument = (session: Pick<Session, 'reportSymbol' | 'number'>) => referenceFor(session, '', 'paragraph').replace(/, para\. $/, '');

const SESSION_SELECT = `
  s.id, s.number, to_char(s.start_date, 'YYYY-MM-DD') AS "startDate", to_char(s.end_date, 'YYYY-MM-DD') AS "endDate",
  s.venue, s.chair, s.format, s.status, s.report_symbol AS "reportSymbol", s.title,
  (SELECT count(*)::int FROM recommendations r WHERE r.session_id = s.id) AS "recommendationCount",
  EXISTS (SELECT 1 FROM imports i WHERE i.session_id = s.id) AS "reportImported",
  COALESCE((SELECT array_agg(DISTINCT i.language ORDER BY i.language) FROM imports i WHERE i.session_id = s.id), '{}') AS "reportLanguages"`;

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<SessionDto[]> {
    return this.dataSource.query(`SELECT ${SESSION_SELECT} FROM sessions s ORDER BY s.number`);
  }

  async get(number: number): Promise<SessionDetailDto> {
    const [session]: SessionDto[] = await this.dataSource.query(`SELECT ${SESSION_SELECT} FROM sessions s WHERE s.number = $1`, [number]);
    if (!session) throw new CatalogueError('SESSION_NOT_FOUND');
    const [sections, documents, attendance] = await Promise.all([
      this.dataSource.query(
        `SELECT sec.id, sec.parent_id AS "parentId", sec.key, sec.heading,
                (SELECT count(*)::int FROM recommendations r WHERE r.section_id = sec.id) AS "recommendationCount"
           FROM sections sec WHERE sec.session_id = $1 ORDER BY sec.ordinal`,
        [session.id],
      ) as Promise<(SectionNodeDto & { parentId: string | null })[]>,
      this.dataSource.query(
        `SELECT symbol, agenda_item AS "agendaItem", title FROM session_documents WHERE session_id = $1 ORDER BY ordinal`,
        [session.id],
      ),
      this.dataSource.query(
        `SELECT name, category, state_code AS "stateCode" FROM session_attendance WHERE session_id = $1 ORDER BY ordinal`,
        [session.id],
      ),
    ]);
    const nodes = new Map(sections.map((s) => [s.id, { id: s.id, key: s.key, heading: s.heading, recommendationCount: s.recommendationCount, sections: [] as SectionNodeDto[] }]));
    const roots: SectionNodeDto[] = [];
    for (const s of sections) {
      const node = nodes.get(s.id)!;
      const parent = s.parentId ? nodes.get(s.parentId) : undefined;
      if (parent) parent.sections.push(node);
      else roots.push(node);
    }
    return { ...session, sections: roots, documents, attendance };
  }

  /**
   * Corrects a meeting's report symbol, venue or title, in one transaction with its audit row. A new symbol rewrites
   * the stored reference of every recommendation of the meeting ("WG.4 meeting 5, para. 5" becomes
   * "<symbol>, para. 5"); the rendered documents and summaries are keyed by the catalogue's row versions, so none of
   * them prints the old reference afterwards. Sessions carry no version: the last correction wins (each is audited
   * with what it replaced).
   */
  async update(actor: Actor, number: number, dto: UpdateSessionDto): Promise<SessionDetailDto> {
    await this.dataSource.transaction(async (em) => {
      const session = await em.getRepository(Session).createQueryBuilder('s').setLock('pessimistic_write').where('s.number = :number', { number }).getOne();
      if (!session) throw new CatalogueError('SESSION_NOT_FOUND');
      const before = { reportSymbol: session.reportSymbol, venue: session.venue, title: session.title };
      const after = {
        reportSymbol: dto.reportSymbol === undefined ? session.reportSymbol : dto.reportSymbol,
        venue: dto.venue === undefined ? session.venue : dto.venue,
        title: dto.title ? { ...session.title, ...dto.title } : session.title,
      };
      const changes = diffFields<typeof before>(before, after, ['reportSymbol', 'venue', 'title']);
      if (Object.keys(changes).length === 0) return;
      if (after.reportSymbol && after.reportSymbol !== before.reportSymbol) {
        const taken = await em.findOne(Session, { where: { reportSymbol: after.reportSymbol } });
        if (taken) {
          throw new CatalogueError('REPORT_SYMBOL_TAKEN', `Session ${taken.number} already has the report symbol ${after.reportSymbol}.`, {
            errors: [{ field: 'reportSymbol', message: `session ${taken.number} already has this symbol` }],
          });
        }
      }
      await em.update(Session, { id: session.id }, after);
      let referencesRewritten = 0;
      if ('reportSymbol' in changes) {
        const from = citedDocument(session);
        const to = citedDocument({ number: session.number, reportSymbol: after.reportSymbol });
        // TypeORM answers an UPDATE as [rows, count].
        const [, count]: [unknown[], number] = await em.query(
          `UPDATE recommendations SET reference = $1 || substr(reference, length($2) + 1)
            WHERE session_id = $3 AND starts_with(reference, $2 || ',')`,
          [to, from, session.id],
        );
        referencesRewritten = count;
      }
      await this.audit.record({ actor, action: 'session.updated', entity: 'session', entityId: session.id, changes, metadata: { number, referencesRewritten } }, em);
    });
    return this.get(number);
  }
}
