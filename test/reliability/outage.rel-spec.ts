import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '#database';
import { startBuiltApp, type BuiltApp } from './support/built-app.js';
import { scalar, withPg } from './support/db.js';
import { Figures } from './support/figures.js';
import { Api, histogram, percentile, type Reply } from './support/http.js';
import { ADMIN, allStateCodes, createUser, focalPoints, login, openCycle, questionnaire, reportsPath, scopeOf, type Who } from './support/scenario.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isProblem = (r: Reply) => /application\/problem\+json/.test(r.headers.get('content-type') ?? '');

interface Sample {
  at: number;
  what: string;
  status: number;
  ms: number;
  problem: boolean;
}

/**
 * PostgreSQL restarted under load: a server of our own (the embedded one, so we can stop and start it), the built API
 * connected to it as in production, clients hammering it, and a whole-questionnaire save in flight each time the
 * server goes away — once by a fast shutdown (what a restart or failover does), once by an immediate shutdown (a
 * crash: no checkpoint, WAL recovery at the next start).
 */
describe('PostgreSQL restarted in the middle of a load run', () => {
  const figures = new Figures('outage');
  const dataDir = path.resolve('.data/reliability/outage');
  let port: number;
  let pg: EmbeddedPostgresHandle;
  let app: BuiltApp;
  let api: Api;
  let admin: Who;
  let fps: Who[];
  let cycleId: string;
  let scope: string[];
  const samples: Sample[] = [];
  let loadRunning = false;
  const t0 = performance.now();
  const now = () => performance.now() - t0;

  beforeAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    port = await findFreePort();
    pg = await startEmbeddedPostgres({ dataDir, port, database: 'wg4_outage', log: () => undefined });
    // The API migrates the empty database and seeds the catalogue, exactly as on a first `npm start`.
    // As in production (ADR 0005): migrations as the owner, the API as the runtime role.
    app = await startBuiltApp({ databaseUrl: pg.runtimeUrl, env: { DB_POOL_SIZE: '10', MIGRATION_DATABASE_URL: pg.ownerUrl }, logName: 'outage-api' });
    api = new Api(app.baseUrl);
    admin = await login(api, ADMIN.email, ADMIN.password);
    const secretariat = await createUser(api, admin, { email: 'sec.outage@example.org', role: 'secretariat' });
    const codes = (await allStateCodes(api, admin)).slice(0, 12);
    fps = await focalPoints(api, admin, codes, 'outage');
    cycleId = (await openCycle(api, secretariat, 'outage cycle')).id;
    scope = await scopeOf(api, fps[0], cycleId);
  });

  afterAll(async () => {
    figures.print();
    loadRunning = false;
    await app?.stop();
    await pg?.stop();
  });

  /** Clients reading and writing the whole time: questionnaires, catalogue pages and single-report saves. */
  async function loadLoop(worker: number): Promise<void> {
    const who = fps[2 + (worker % (fps.length - 2))];
    const etags = new Map<string, string>();
    for (let i = 0; loadRunning; i++) {
      const rec = scope[(worker * 7 + i) % scope.length];
      const kind = i % 3;
      let reply: Reply;
      if (kind === 0) reply = await api.attempt('GET', reportsPath(cycleId, who.stateCode!), undefined, { token: who.token, timeoutMs: 35_000 });
      else if (kind === 1) reply = await api.attempt('GET', `/api/recommendations?limit=20&page=${(i % 5) + 1}`, undefined, { token: who.token, timeoutMs: 35_000 });
      else {
        const etag = etags.get(rec);
        reply = await api.attempt('PUT', `${reportsPath(cycleId, who.stateCode!)}/${rec}`, { challenges: `load ${worker}/${i}` }, { token: who.token, timeoutMs: 35_000, headers: etag ? { 'If-Match': etag } : {} });
        const next = reply.headers.get('etag');
        if (next) etags.set(rec, next);
        else if (reply.status === 412 || reply.status === 428) {
          const current = await api.attempt('GET', `${reportsPath(cycleId, who.stateCode!)}/${rec}`, undefined, { token: who.token });
          const fresh = current.headers.get('etag');
          if (fresh) etags.set(rec, fresh);
        }
      }
      samples.push({ at: now(), what: kind === 2 ? 'save' : 'read', status: reply.status, ms: reply.ms, problem: isProblem(reply) });
      if (reply.status >= 500 || reply.status === 0) await sleep(50);
    }
  }

  /** GET /api/health every 200 ms until `until` says stop; each answer timed. */
  async function probeHealth(until: () => boolean): Promise<Sample[]> {
    const probes: Sample[] = [];
    while (!until()) {
      const reply = await api.attempt('GET', '/api/health', undefined, { timeoutMs: 10_000 });
      probes.push({ at: now(), what: 'health', status: reply.status, ms: reply.ms, problem: isProblem(reply) });
      await sleep(200);
    }
    return probes;
  }

  /** The victim State's reports in the cycle, as stored: how many, at which version, with which round's text. */
  async function victimState(code: string) {
    return withPg(pg.url, async (db) => ({
      reports: await scalar(db, `SELECT count(*)::int FROM implementation_reports WHERE cycle_id = $1 AND state_code = $2`, [cycleId, code]),
      version2: await scalar(db, `SELECT count(*)::int FROM implementation_reports WHERE cycle_id = $1 AND state_code = $2 AND version = 2 AND narrative->>'en' LIKE '%(round 2)%'`, [cycleId, code]),
      round1: await scalar(db, `SELECT count(*)::int FROM implementation_reports WHERE cycle_id = $1 AND state_code = $2 AND version = 1 AND narrative->>'en' LIKE '%(round 1)%'`, [cycleId, code]),
      created: await scalar(db, `SELECT count(*)::int FROM audit_events a JOIN implementation_reports r ON a.entity_id = r.id::text WHERE a.action = 'report.created' AND r.cycle_id = $1 AND r.state_code = $2`, [cycleId, code]),
      saved: await scalar(db, `SELECT count(*)::int FROM audit_events a JOIN implementation_reports r ON a.entity_id = r.id::text WHERE a.action = 'report.saved' AND r.cycle_id = $1 AND r.state_code = $2`, [cycleId, code]),
    }));
  }

  /**
   * One outage: send the victim's whole-questionnaire save, take the server away while it runs, keep it away for
   * `downMs` while probing /api/health, bring it back, and time the API's recovery.
   */
  async function outage(mode: 'fast' | 'immediate', victim: Who, items: ReturnType<typeof questionnaire>, inFlightAfterMs: number, downMs: number) {
    const victimReply = api.attempt('PUT', reportsPath(cycleId, victim.stateCode!), { items }, { token: victim.token, timeoutMs: 60_000 });
    await sleep(inFlightAfterMs);
    const downAt = now();
    if (mode === 'fast') {
      await pg.stop(); // SIGINT: fast shutdown, open transactions are rolled back
    } else {
      // SIGQUIT: immediate shutdown, as after a crash; the next start replays the WAL.
      const pid = Number(readFileSync(path.join(pg.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGQUIT');
      while (isAlive(pid)) await sleep(20);
    }
    const stoppedAt = now();
    let down = true;
    const probes = probeHealth(() => !down);
    const victimResult = await victimReply;
    await sleep(downMs - (now() - downAt));
    const restartAt = now();
    pg = await startEmbeddedPostgres({ dataDir, port, database: 'wg4_outage', log: () => undefined });
    const pgReadyAt = now();
    down = false;
    const outageProbes = await probes;
    // Recovery: how long after PostgreSQL accepts connections again does the API answer healthy?
    let healthyAt = 0;
    for (let i = 0; i < 300 && !healthyAt; i++) {
      const reply = await api.attempt('GET', '/api/health', undefined, { timeoutMs: 10_000 });
      if (reply.status === 200) healthyAt = now();
      else await sleep(100);
    }
    return { downAt, stoppedAt, restartAt, pgReadyAt, healthyAt, outageProbes, victimResult };
  }

  it('answers 503 problem+json while the database is down, recovers on its own, and keeps transactions whole', async () => {
    const pid = app.process.pid;
    // Calibrate: how long a whole questionnaire takes to save under this load, so the outage hits one mid-way.
    loadRunning = true;
    const loops = Array.from({ length: 6 }, (_, w) => loadLoop(w));
    await sleep(1_000);
    const calibration = await api.expect(200, 'PUT', reportsPath(cycleId, fps[1].stateCode!), { items: questionnaire(fps[1].stateCode!, scope) }, { token: fps[1].token, timeoutMs: 60_000 });
    const bulkMs = calibration.ms;
    const victim = fps[0];

    // Outage 1, fast shutdown, while the victim State's first save of its whole questionnaire runs.
    const first = await outage('fast', victim, questionnaire(victim.stateCode!, scope, 1), bulkMs / 3, 3_000);
    const afterFirst = await victimState(victim.stateCode!);
    // All or nothing: every report with its audit row, or none.
    expect([0, scope.length]).toContain(afterFirst.reports);
    expect(afterFirst).toMatchObject({ created: afterFirst.reports, round1: afterFirst.reports });
    if (first.victimResult.status === 200) expect(afterFirst.reports).toBe(scope.length);
    // Writes work again (and make sure round 1 is there for outage 2 to overwrite).
    const resave = await api.attempt('PUT', reportsPath(cycleId, victim.stateCode!), { items: questionnaire(victim.stateCode!, scope, 1).map((i) => ({ ...i, ifMatch: afterFirst.reports ? '"v1"' : undefined })) }, { token: victim.token });
    expect(resave.status).toBe(200);
    const writesBackAt = now();
    await sleep(1_000);

    // Outage 2, immediate shutdown (a crash), while the victim's second round (If-Match "v1" on every item) runs.
    const round2 = questionnaire(victim.stateCode!, scope, 2).map((i) => ({ ...i, ifMatch: '"v1"' }));
    const second = await outage('immediate', victim, round2, bulkMs / 3, 3_000);
    const afterSecond = await victimState(victim.stateCode!);
    expect(afterSecond.reports).toBe(scope.length);
    expect([0, scope.length]).toContain(afterSecond.version2);
    expect(afterSecond.version2 + afterSecond.round1).toBe(scope.length);
    expect(afterSecond.saved).toBe(afterSecond.version2);
    if (second.victimResult.status === 200) expect(afterSecond.version2).toBe(scope.length);
    await sleep(1_000);
    loadRunning = false;
    await Promise.all(loops);

    // The API process never restarted, and writes work after the second outage too.
    expect(app.process.pid).toBe(pid);
    expect(app.process.exitCode).toBeNull();
    const write = await api.attempt('PUT', `${reportsPath(cycleId, fps[1].stateCode!)}/${scope[0]}`, { challenges: 'after both outages' }, { token: fps[1].token, headers: { 'If-Match': '"v1"' } });
    expect(write.status).toBe(200);
    const final = await api.expect<{ workflowState: string; challenges: string }>(200, 'GET', `${reportsPath(cycleId, fps[1].stateCode!)}/${scope[0]}`, undefined, { token: fps[1].token });
    expect(final.body.workflowState).toBe('draft');

    for (const [name, o] of [['fast shutdown', first], ['immediate shutdown', second]] as const) {
      // While down, health said 503 problem+json every time, quickly.
      const downProbes = o.outageProbes.filter((p) => p.at > o.stoppedAt + 50 && p.at < o.restartAt);
      // Several probes answered while down (on 2 busy cores a probe round trip can take a few hundred ms).
      expect(downProbes.length).toBeGreaterThanOrEqual(3);
      expect(downProbes.every((p) => p.status === 503 && p.problem)).toBe(true);
      expect(Math.max(...downProbes.map((p) => p.ms))).toBeLessThan(3_000);
      expect(o.healthyAt).toBeGreaterThan(0);
      figures.add(`${name}: victim bulk save (${scope.length} items)`, `${o.victimResult.status} → stored ${name === 'fast shutdown' ? `${afterFirst.reports} of ${scope.length} (all or nothing)` : `${afterSecond.version2} of ${scope.length} at round 2, ${afterSecond.round1} at round 1`}`);
      figures.add(`  outage (stop → PostgreSQL ready again)`, `${Math.round(o.pgReadyAt - o.downAt)} ms (stop took ${Math.round(o.stoppedAt - o.downAt)} ms, restart ${Math.round(o.pgReadyAt - o.restartAt)} ms)`);
      figures.add(`  /api/health while down`, `${downProbes.length} × 503 problem+json, max ${Math.round(Math.max(...downProbes.map((p) => p.ms)))} ms, p50 ${Math.round(percentile(downProbes.map((p) => p.ms), 50))} ms`);
      figures.add(`  recovery (PostgreSQL ready → health 200)`, `${Math.round(o.healthyAt - o.pgReadyAt)} ms`);
    }

    // Every load request was answered: successes, 503 problem+json while down, or a precondition answer — no 500, no hang.
    const byStatus = histogram(samples.map((s) => s.status));
    const bad = samples.filter((s) => s.status === 0 || (s.status >= 500 && !(s.status === 503 && s.problem)));
    figures.add('load requests (6 clients) by status', byStatus);
    figures.add('  slowest load reply', `${Math.round(Math.max(...samples.map((s) => s.ms)))} ms`);
    figures.add('  whole-questionnaire save after outage 1', `${resave.status} in ${Math.round(resave.ms)} ms, ${Math.round(writesBackAt - first.healthyAt)} ms after health 200`);
    if (bad.length) process.stderr.write(`API log (last lines):\n${app.logTail()}\n`);
    expect(bad).toEqual([]);
    figures.add('calibration: one whole questionnaire under load', `${Math.round(bulkMs)} ms`);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
