/**
 * Issue 19, the facts about States and sessions, on the catalogue the first start seeds (States, the UN Treaty
 * Collection's list of parties in seeds/protocol-parties.json, the reports in seeds/reports).
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { CatalogueSeeder, StatesService } from '#catalogue';
import { DataSource } from 'typeorm';
import { SessionsKnownFromDocuments1796191995626 } from '../migrations/1796191995626-SessionsKnownFromDocuments.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

const LIST = JSON.parse(readFileSync('seeds/protocol-parties.json', 'utf8')) as {
  source: string;
  asOf: string;
  partiesInList: number;
  parties: { code: string; action: string; date: string }[];
};

interface StatusSource {
  status: string;
  previousStatus: string | null;
  source: string;
  sourceReference: string;
  sourceDate: string | null;
  session: number | null;
  note: string;
}

describe('the record\'s facts: protocol parties and meetings', () => {
  let t: TestApp;
  let db: pg.Client;
  let sec: Session;
  const state = async (code: string) => (await t.http.get(`/api/states/${code}`).set(bearer(sec)).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec-facts@example.org', role: 'secretariat' });
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  describe('protocol status', () => {
    it('the seed list is the UNTC list: its source, its as-of date, Pakistan not among the parties', () => {
      expect(LIST.source).toMatch(/^https:\/\/treaties\.un\.org\/.*mtdsg_no=XVIII-12-a/);
      expect(LIST.asOf).toBe('2021-10-12');
      expect(LIST.parties).toHaveLength(LIST.partiesInList);
      expect(new Set(LIST.parties.map((p) => p.code)).size).toBe(LIST.parties.length);
      expect(LIST.parties.some((p) => p.code === 'PAK')).toBe(false);
    });

    it('Pakistan is not a party: the treaty list is its source, and the 2021 draft that lists it as a party changed nothing', async () => {
      const pak = await state('PAK');
      expect(pak).toMatchObject({ protocolStatus: 'non_party', protocolAction: null, protocolActionDate: null });
      expect(pak.protocolStatusSource).toMatchObject({ status: 'non_party', source: 'treaty_list', sourceReference: LIST.source, sourceDate: LIST.asOf, session: null });
      expect(pak.protocolStatusSource.note).toMatch(/not in the list of parties/);
      expect(pak.protocolStatusHistory.every((h: StatusSource) => h.status !== 'party')).toBe(true);
      // The draft does list it among the parties attending (and the final reports of 2011, 2013, 2019 as a non-party).
      expect(pak.attendance).toEqual(expect.arrayContaining([expect.objectContaining({ session: 11, category: 'party' })]));
      expect(pak.attendance.filter((a: { session: number }) => [4, 5, 9].includes(a.session)).every((a: { category: string }) => a.category === 'observer_state')).toBe(true);
      const nonParties = (await t.http.get('/api/states?protocolStatus=non_party&limit=100').set(bearer(sec)).expect(200)).body;
      expect(nonParties.items.map((s: { code: string }) => s.code)).toContain('PAK');
    });

    it('a party takes its status, its action and date from the list', async () => {
      for (const [code, action, date] of [
        ['KEN', 'accession', '2005-01-05'],
        ['GBR', 'ratification', '2006-02-09'],
        ['EUU', 'approval', '2006-09-06'],
        // A signatory in the 2013 report; a party since (acceptance), which the list says.
        ['JPN', 'acceptance', '2017-07-11'],
      ]) {
        const s = await state(code);
        expect(s).toMatchObject({ code, protocolStatus: 'party', protocolAction: action, protocolActionDate: date });
        expect(s.protocolStatusSource).toMatchObject({ status: 'party', source: 'treaty_list', sourceReference: LIST.source, sourceDate: LIST.asOf, note: `${action} ${date}` });
      }
      const parties = (await t.http.get('/api/states?protocolStatus=party&limit=1').set(bearer(sec)).expect(200)).body;
      // The list's parties, and the State of Palestine from the 2019 report (below).
      expect(parties.total).toBe(LIST.partiesInList + 1);
    });

    it('the State of Palestine, which the list lacks and the 2019 final report lists as a party, is one, citing that report', async () => {
      const pse = await state('PSE');
      expect(pse).toMatchObject({ protocolStatus: 'party', protocolAction: null });
      expect(pse.protocolStatusSource).toMatchObject({ status: 'party', previousStatus: 'non_party', source: 'report', session: 9, sourceDate: '2019-09-09' });
      expect(pse.protocolStatusSource.sourceReference).toMatch(/^2019-wg4-9th-meeting-report\.zh\.txt/);
      expect(pse.protocolStatusHistory.map((h: StatusSource) => h.source)).toEqual(['report', 'treaty_list']);
    });

    it('every State has a status with a source', async () => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM states s WHERE NOT EXISTS (SELECT 1 FROM protocol_status_changes h WHERE h.state_code = s.code)`,
      );
      expect(rows[0].n).toBe(0);
      // One entry each, written once however many reports the seeding imported; two for Palestine (list, then report).
      const history = await db.query(`SELECT state_code, count(*)::int AS n FROM protocol_status_changes GROUP BY 1 HAVING count(*) > 1`);
      expect(history.rows).toEqual([{ state_code: 'PSE', n: 2 }]);
      expect((await db.query(`SELECT count(*)::int AS n FROM protocol_status_changes`)).rows[0].n).toBe(197);
    });

    it('a final report adds what the list lacks, citing the report; a draft never does', async () => {
      const states = t.app.get(StatesService);
      const dataSource = t.app.get(DataSource);
      // The list without Kenya, which the 2011 report (final) lists among the parties attending.
      const without = { ...LIST, parties: LIST.parties.filter((p) => p.code !== 'KEN') } as Parameters<StatesService['applyTreatyList']>[1];
      await dataSource.transaction(async (em) => {
        await states.applyTreatyList(em, without);
        await states.reconcileProtocolStatuses(em);
      });
      const ken = await state('KEN');
      expect(ken).toMatchObject({ protocolStatus: 'party', protocolAction: null });
      expect(ken.protocolStatusSource).toMatchObject({ status: 'party', previousStatus: 'party', source: 'report', session: 4, sourceDate: '2011-10-10' });
      expect(ken.protocolStatusSource.sourceReference).toMatch(/^2011-wg4-4th-meeting-report\.zh\.txt/);
      // Pakistan, a party only in the 2021 draft's list, stays a non-party with the list still its source.
      expect((await state('PAK')).protocolStatusSource).toMatchObject({ status: 'non_party', source: 'treaty_list' });
      // The seeds' list back (the next start does this): Kenya's source is the list again.
      expect(await t.app.get(CatalogueSeeder).syncProtocolStatuses()).toBe(1);
      expect((await state('KEN')).protocolStatusSource).toMatchObject({ source: 'treaty_list', note: 'accession 2005-01-05' });
    });

    it('a draft of a meeting whose final report is in the record changes neither its attendance nor a status', async () => {
      const final = readFileSync('seeds/reports/2019-wg4-9th-meeting-report.zh.txt', 'utf8');
      // A draft of the 2019 report whose list of parties lacks the State of Palestine.
      const draft = final.replace('会议的 报告', '会议的 报告草稿').replaceAll('斯里兰卡、巴勒斯坦国、苏丹', '斯里兰卡、苏丹');
      expect(draft).not.toBe(final);
      const before = (await t.http.get('/api/sessions/9').set(bearer(sec)).expect(200)).body;
      const res = await t.http.post('/api/imports?dryRun=false').set(bearer(sec)).set('Content-Type', 'text/plain').send(draft).expect(201);
      expect(res.body.summary).toMatchObject({ status: 'applied', session: 9, protocolStatusesRaised: 0 });
      const after = (await t.http.get('/api/sessions/9').set(bearer(sec)).expect(200)).body;
      expect(after).toMatchObject({ status: 'final' });
      expect(after.attendance).toEqual(before.attendance);
      expect((await state('PSE')).protocolStatusSource).toMatchObject({ status: 'party', source: 'report', session: 9 });
    });

    it('a database that took Pakistan\'s status from the draft is corrected at the next start, once', async () => {
      // As an earlier version left it: a party, no history.
      await db.query(`DELETE FROM protocol_status_changes WHERE state_code = 'PAK'`);
      await db.query(`UPDATE states SET protocol_status = 'party' WHERE code = 'PAK'`);
      const seeder = t.app.get(CatalogueSeeder);
      expect(await seeder.syncProtocolStatuses()).toBe(1);
      const pak = await state('PAK');
      expect(pak.protocolStatus).toBe('non_party');
      expect(pak.protocolStatusHistory).toHaveLength(1);
      expect(pak.protocolStatusSource).toMatchObject({ status: 'non_party', previousStatus: 'party', source: 'treaty_list', sourceReference: LIST.source });
      expect(await seeder.syncProtocolStatuses()).toBe(0);
    });

    it('the secretariat\'s correction is recorded as the source and kept by later starts', async () => {
      await t.http.patch('/api/states/SOM').set(bearer(sec)).send({ protocolStatus: 'signatory' }).expect(200);
      const som = await state('SOM');
      expect(som.protocolStatusSource).toMatchObject({ status: 'signatory', previousStatus: 'non_party', source: 'manual', sourceReference: 'PATCH /api/states/SOM' });
      expect(som.protocolStatusHistory.map((h: StatusSource) => h.source)).toEqual(['manual', 'treaty_list']);
      expect(await t.app.get(CatalogueSeeder).syncProtocolStatuses()).toBe(0);
      expect((await state('SOM')).protocolStatus).toBe('signatory');
    });
  });

  describe('State names', () => {
    it("a database seeded with an earlier seed's names gets the UN's official short names at the next start; other names are kept", async () => {
      // As an earlier seed left them: «ОАЭ» (now an alias of ARE in Russian), and one name nobody seeded.
      await db.query(`UPDATE states SET names = names || '{"ru": "ОАЭ"}'::jsonb WHERE code = 'ARE'`);
      await db.query(`UPDATE states SET names = names || '{"fr": "Kenya (nom choisi)"}'::jsonb, version = version + 1 WHERE code = 'KEN'`);
      await db.query(`UPDATE states SET names = names - 'es' WHERE code = 'AFG'`);
      const seeder = t.app.get(CatalogueSeeder);
      expect(await seeder.fillMissingStateNames()).toBe(2);
      expect((await state('ARE')).names.ru).toBe('Объединенные Арабские Эмираты');
      expect((await state('AFG')).names.es).toBe('Afganistán');
      expect((await state('KEN')).names.fr).toBe('Kenya (nom choisi)');
      expect(await seeder.fillMissingStateNames()).toBe(0);
    });
  });

  describe('meetings', () => {
    const sessions = async () =>
      (await t.http.get('/api/sessions').set(bearer(sec)).expect(200)).body.items as { number: number; status: string; reportImported: boolean; startDate: string | null; venue: string | null }[];

    it('meeting 10, which the 2021 draft counts, answers 200 with reportImported false and nothing invented', async () => {
      const s10 = (await t.http.get('/api/sessions/10').set(bearer(sec)).expect(200)).body;
      expect(s10).toMatchObject({ number: 10, reportImported: false, status: 'unknown', startDate: null, endDate: null, venue: null, recommendationCount: 0, reportLanguages: [] });
      expect(s10.attendance).toEqual([]);
    });

    it('lists meetings 1 to 11; those whose report is not in the record say so and claim no status', async () => {
      const all = await sessions();
      expect(all.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      for (const s of all.filter((x) => [1, 2, 3, 6, 7, 8, 10].includes(x.number))) expect(s).toMatchObject({ reportImported: false, status: 'unknown' });
      for (const s of all.filter((x) => [4, 5, 9].includes(x.number))) expect(s).toMatchObject({ reportImported: true, status: 'final' });
      expect(all.find((s) => s.number === 11)).toMatchObject({ reportImported: true, status: 'draft' });
      // What the documents tell of those meetings: the dates of 1–3 and 6–8 (2011 background paper, 2019 report).
      expect(all.find((s) => s.number === 1)).toMatchObject({ startDate: '2009-04-14' });
      expect(all.find((s) => s.number === 8)).toMatchObject({ startDate: '2018-07-02' });
    });

    it('a database seeded before (meeting 10 missing, meetings without a report "final") is corrected by the migration', async () => {
      await db.query(`DELETE FROM sessions WHERE number = 10`);
      await db.query(`UPDATE sessions SET status = 'final' WHERE status = 'unknown'`);
      const runner = t.app.get(DataSource).createQueryRunner();
      try {
        await new SessionsKnownFromDocuments1796191995626().up(runner);
      } finally {
        await runner.release();
      }
      const all = await sessions();
      expect(all.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(all.filter((s) => s.status === 'unknown').map((s) => s.number)).toEqual([1, 2, 3, 6, 7, 8, 10]);
      expect(all.find((s) => s.number === 11)).toMatchObject({ status: 'draft' });
    });
  });
});
