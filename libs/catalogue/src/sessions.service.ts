import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogueError } from './catalogue-errors.js';
import type { SectionNodeDto, SessionDetailDto, SessionDto } from './dto/session.dto.js';

const SESSION_SELECT = `
  s.id, s.number, to_char(s.start_date, 'YYYY-MM-DD') AS "startDate", to_char(s.end_date, 'YYYY-MM-DD') AS "endDate",
  s.venue, s.chair, s.format, s.status, s.report_symbol AS "reportSymbol", s.title,
  (SELECT count(*)::int FROM recommendations r WHERE r.session_id = s.id) AS "recommendationCount",
  EXISTS (SELECT 1 FROM imports i WHERE i.session_id = s.id) AS "reportImported",
  COALESCE((SELECT array_agg(DISTINCT i.language ORDER BY i.language) FROM imports i WHERE i.session_id = s.id), '{}') AS "reportLanguages"`;

@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
