import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { CatalogueError } from './catalogue-errors.js';
import { ThemeDto, type CreateThemeDto } from './dto/theme.dto.js';
import { Theme } from './entities/theme.entity.js';
import type { Actor } from './recommendations.service.js';

export interface ThemeSeed {
  code: string;
  names: Record<string, string>;
  keywords?: Record<string, string[]>;
}

@Injectable()
export class ThemesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ThemeDto[]> {
    const rows: (Theme & { count: string })[] = await this.dataSource.query(
      `SELECT t.id, t.code, t.names, count(rt.recommendation_id) AS count
         FROM themes t LEFT JOIN recommendation_themes rt ON rt.theme_id = t.id
        GROUP BY t.id ORDER BY t.code`,
    );
    return rows.map((r) => ThemeDto.from(r, Number(r.count)));
  }

  async all(em: EntityManager = this.dataSource.manager): Promise<Theme[]> {
    return em.getRepository(Theme).find({ order: { code: 'ASC' } });
  }

  async create(actor: Actor, dto: CreateThemeDto): Promise<ThemeDto> {
    return this.dataSource.transaction(async (em) => {
      if (await em.getRepository(Theme).exists({ where: { code: dto.code } })) {
        throw new CatalogueError('THEME_EXISTS', undefined, { errors: [{ field: 'code', message: 'code is already used' }] });
      }
      const theme = em.create(Theme, { code: dto.code, names: dto.names, keywords: dto.keywords ?? {} });
      await em.save(theme);
      await this.audit.record(
        { actor, action: 'theme.created', entity: 'theme', entityId: theme.id, changes: { code: { from: null, to: theme.code }, names: { from: null, to: theme.names } } },
        em,
      );
      return ThemeDto.from(theme, 0);
    });
  }

  /**
   * Adds to each seeded theme the names in languages it lacks (names it has, perhaps edited, are kept). Returns how
   * many themes changed: none once they are there.
   */
  async fillMissingNames(em: EntityManager, seeds: ThemeSeed[]): Promise<number> {
    if (seeds.length === 0) return 0;
    // TypeORM answers a raw UPDATE as [rows, affected count].
    const [, changed]: [unknown[], number] = await em.query(
      `UPDATE themes t SET names = x.names || t.names
         FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, names jsonb)
        WHERE t.code = x.code AND (x.names || t.names) IS DISTINCT FROM t.names`,
      [JSON.stringify(seeds.map((s) => ({ code: s.code, names: s.names })))],
    );
    return changed;
  }

  async seed(em: EntityManager, seeds: ThemeSeed[]): Promise<number> {
    if (seeds.length === 0) return 0;
    const rows: unknown[] = await em.query(
      `INSERT INTO themes (code, names, keywords)
       SELECT x.code, x.names, COALESCE(x.keywords, '{}'::jsonb) FROM jsonb_to_recordset($1::jsonb) AS x(code varchar, names jsonb, keywords jsonb)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [JSON.stringify(seeds)],
    );
    return rows.length;
  }
}
