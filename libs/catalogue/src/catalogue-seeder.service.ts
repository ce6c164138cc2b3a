import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { parseReport } from '#importer';
import { CatalogueImportService, type ImportSummary } from './catalogue-import.service.js';
import { State } from './entities/state.entity.js';
import { StatesService, type StateSeed } from './states.service.js';
import { ThemesService, type ThemeSeed } from './themes.service.js';

export interface SeedResult {
  statesChanged: number;
  themesCreated: number;
  reports: { file: string; summary: ImportSummary }[];
}

/**
 * Reference data and the source reports in `seeds/`: States and themes from JSON, then every report in
 * `seeds/reports/*.txt` through the real importer. Idempotent; the API runs it when the catalogue is empty.
 */
@Injectable()
export class CatalogueSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: StatesService,
    private readonly themes: ThemesService,
    private readonly importer: CatalogueImportService,
  ) {}

  static seedsDir(): string {
    return path.resolve(process.env.SEEDS_DIR ?? 'seeds');
  }

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(State).count()) === 0;
  }

  async seedIfEmpty(): Promise<SeedResult | null> {
    if (!(await this.isEmpty())) return null;
    return this.seed();
  }

  async seed(dir = CatalogueSeeder.seedsDir()): Promise<SeedResult> {
    const started = Date.now();
    const readJson = <T>(file: string): T[] => (existsSync(path.join(dir, file)) ? (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T[]) : []);
    const [statesChanged, themesCreated] = await this.dataSource.transaction(async (em) => [
      await this.states.seed(em, readJson<StateSeed>('states.json')),
      await this.themes.seed(em, readJson<ThemeSeed>('themes.json')),
    ]);
    const reports: SeedResult['reports'] = [];
    const reportsDir = path.join(dir, 'reports');
    if (existsSync(reportsDir)) {
      const directory = await this.importer.directory();
      const files = readdirSync(reportsDir)
        .filter((f) => f.endsWith('.txt'))
        .map((file) => {
          const text = readFileSync(path.join(reportsDir, file), 'utf8');
          return { file, text, known: parseReport(text, { ...directory, fileName: file }).knownSessions.length };
        })
        // Documents that date earlier meetings go first, so that reports which do not state their own number can be
        // placed by date.
        .sort((a, b) => b.known - a.known || a.file.localeCompare(b.file));
      for (const { file, text } of files) {
        const { summary } = await this.importer.apply(text, file, null);
        reports.push({ file, summary });
      }
    }
    this.logger.log(`catalogue seeded in ${Date.now() - started} ms: ${statesChanged} States, ${themesCreated} themes, ${reports.length} reports`);
    return { statesChanged, themesCreated, reports };
  }
}
