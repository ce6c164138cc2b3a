import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { parseReport } from '#importer';
import { CatalogueImportService, type ImportSummary } from './catalogue-import.service.js';
import { State } from './entities/state.entity.js';
import { StatesService, type ProtocolPartiesList, type StateSeed } from './states.service.js';
import { ThemesService, type ThemeSeed } from './themes.service.js';

/** How long a replica waits for another one's seeding before its start fails. */
const SEED_LOCK_TIMEOUT_MS = 300_000;

/** The UN Treaty Collection's list of the Protocol's parties, transcribed (see seeds/SOURCES.md). */
export const PROTOCOL_PARTIES_FILE = 'protocol-parties.json';

export interface SeedResult {
  statesChanged: number;
  /** History rows written from the treaty list (before the reports: their attendance only adds what it lacks). */
  protocolStatusesFromList: number;
  themesCreated: number;
  reports: { file: string; summary: ImportSummary }[];
}

/**
 * Reference data and the source reports in `seeds/`: States and themes from JSON, then every report in
 * `seeds/reports/*.txt` through the real importer, in one transaction. Idempotent; the API runs it when the
 * catalogue is empty.
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

  async isEmpty(em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await em.getRepository(State).count()) === 0;
  }

  /**
   * The first start's seeding. Replicas started together on an empty database: one seeds, in one transaction under
   * a transaction-level advisory lock (pooler-safe); the others wait for it, then find the catalogue there.
   */
  async seedIfEmpty(dir = CatalogueSeeder.seedsDir()): Promise<SeedResult | null> {
    if (!(await this.isEmpty())) return null;
    return this.seedLocked(dir, true);
  }

  /** Loads the seeds (idempotent: the same reports twice change nothing), all or nothing. */
  async seed(dir = CatalogueSeeder.seedsDir()): Promise<SeedResult> {
    return (await this.seedLocked(dir, false))!;
  }

  private async seedLocked(dir: string, onlyIfEmpty: boolean): Promise<SeedResult | null> {
    const started = Date.now();
    const readJson = <T>(file: string): T[] => (existsSync(path.join(dir, file)) ? (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T[]) : []);
    const reportsDir = path.join(dir, 'reports');
    const texts = existsSync(reportsDir)
      ? readdirSync(reportsDir)
          .filter((f) => f.endsWith('.txt'))
          .map((file) => ({ file, text: readFileSync(path.join(reportsDir, file), 'utf8') }))
      : [];
    const result = await this.dataSource.transaction(async (em) => {
      // A replica waiting here waits for the whole seeding, which may take longer than the pool's statement timeout.
      await em.query(`SET LOCAL statement_timeout = ${SEED_LOCK_TIMEOUT_MS}`);
      const waitStarted = Date.now();
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('catalogue:seed'))`);
      const waited = Date.now() - waitStarted;
      if (onlyIfEmpty && !(await this.isEmpty(em))) {
        this.logger.log(`catalogue already seeded by another process (waited ${waited} ms)`);
        return null;
      }
      const statesChanged = await this.states.seed(em, readJson<StateSeed>('states.json'));
      const protocolStatusesFromList = await this.applyProtocolParties(em, dir);
      const themeSeeds = readJson<ThemeSeed>('themes.json');
      const themesCreated = await this.themes.seed(em, themeSeeds);
      // Themes seeded earlier get the names in languages they lack (the CLI's `seed` on an existing database).
      await this.themes.fillMissingNames(em, themeSeeds);
      const directory = await this.importer.directory(em);
      const files = texts
        .map(({ file, text }) => ({
          file,
          text,
          known: parseReport(text, { ...directory, fileName: file }).knownSessions.filter((k) => k.startDate !== null).length,
        }))
        // Documents that date earlier meetings go first, so that reports which do not state their own number can be
        // placed by date.
        .sort((a, b) => b.known - a.known || a.file.localeCompare(b.file));
      const reports: SeedResult['reports'] = [];
      for (const { file, text } of files) {
        const { summary } = await this.importer.applyWithin(em, text, file, null);
        reports.push({ file, summary });
      }
      return { statesChanged, protocolStatusesFromList, themesCreated, reports };
    });
    if (result) {
      this.logger.log(`catalogue seeded in ${Date.now() - started} ms: ${result.statesChanged} States, ${result.themesCreated} themes, ${result.reports.length} reports`);
    }
    return result;
  }

  /**
   * Every start on a seeded database: the States' names in languages the database lacks are taken from
   * seeds/states.json, and a name an earlier seed gave (now one of the seed's aliases) is replaced by the seed's; any
   * other name it has is kept. A no-op (one UPDATE matching no row) once they agree.
   */
  fillMissingStateNames(dir = CatalogueSeeder.seedsDir()): Promise<number> {
    return this.fillNamesFrom(path.join(dir, 'states.json'), 'States', (seeds: StateSeed[]) => this.states.fillMissingNames(this.dataSource.manager, seeds));
  }

  /** seeds/protocol-parties.json, or null when the seeds have none. */
  static readProtocolParties(dir = CatalogueSeeder.seedsDir()): ProtocolPartiesList | null {
    const file = path.join(dir, PROTOCOL_PARTIES_FILE);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ProtocolPartiesList) : null;
  }

  private async applyProtocolParties(em: EntityManager, dir: string): Promise<number> {
    const list = CatalogueSeeder.readProtocolParties(dir);
    if (!list) return 0;
    await this.states.applyTreatyList(em, list);
    return this.states.reconcileProtocolStatuses(em, { source: list.source, asOf: list.asOf });
  }

  /**
   * Every start on a seeded database: the treaty list in seeds/ is applied and every State's protocol status brought
   * in line with it and the final reports (a database seeded before the list existed is corrected here: e.g. a status
   * taken from a draft report). A no-op once they agree. Returns the history rows written.
   */
  async syncProtocolStatuses(dir = CatalogueSeeder.seedsDir()): Promise<number> {
    const written = await this.dataSource.transaction(async (em) => {
      // The seeding and imports write statuses too; one at a time.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('catalogue:import'))`);
      return this.applyProtocolParties(em, dir);
    });
    if (written > 0) this.logger.log(`protocol status: ${written} States brought in line with ${PROTOCOL_PARTIES_FILE} and the final reports`);
    return written;
  }

  /**
   * Every start on a seeded database, as for the States: the themes' names in languages the database lacks are taken
   * from seeds/themes.json (a database seeded with English and Chinese names only gets the other four).
   */
  fillMissingThemeNames(dir = CatalogueSeeder.seedsDir()): Promise<number> {
    return this.fillNamesFrom(path.join(dir, 'themes.json'), 'themes', (seeds: ThemeSeed[]) => this.themes.fillMissingNames(this.dataSource.manager, seeds));
  }

  /** A seed file's names into the database by `fill` (nothing when the file is absent); logs what changed. */
  private async fillNamesFrom<T>(file: string, what: string, fill: (seeds: T[]) => Promise<number>): Promise<number> {
    if (!existsSync(file)) return 0;
    const filled = await fill(JSON.parse(readFileSync(file, 'utf8')) as T[]);
    if (filled > 0) this.logger.log(`names of ${filled} ${what} brought up to ${file}`);
    return filled;
  }
}
