import { USER_CACHE_APPLICATION_NAME } from '#auth';
import { dropTestDatabase } from '#database/testing';
import { startBuiltApp, type BuiltApp } from './support/built-app.js';
import { cloneTemplate, scalar, withPg } from './support/db.js';
import { Figures } from './support/figures.js';
import { Api } from './support/http.js';
import { ADMIN, createUser, login, type Who } from './support/scenario.js';

const REFUSED_WITHIN_MS = 1_000;

/**
 * Issue 21, item 3: two API processes on one database, each with its user-row cache. A user deactivated through
 * one is refused by the other within a second (the users trigger's NOTIFY, received on the other's LISTEN
 * connection); with the other's listener killed, it reads the users per request and still refuses at once; back,
 * its cache starts empty (a change made while it was not listening is not served stale).
 */
describe('user-row cache across two replicas', () => {
  const figures = new Figures('user-cache');
  let databaseUrl: string;
  const apps: BuiltApp[] = [];
  let a: Api;
  let b: Api;
  let bPid: number;
  let admin: Who;

  const userCache = async (api: Api) =>
    ((await api.expect<{ info: { userCache: { listening: boolean; entries: number } } }>(200, 'GET', '/api/health/ready')).body.info.userCache);
  const until = async (what: string, ok: () => Promise<boolean>, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await ok())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  /** Reads on `api` until the user's row is in that replica's cache. */
  const cachedOn = async (api: Api, who: Who) => {
    const before = (await userCache(api)).entries;
    await until('the row in the cache', async () => {
      await api.expect(200, 'GET', '/api/notifications', undefined, { token: who.token });
      return (await userCache(api)).entries > before;
    });
  };
  /** Milliseconds from `since` to the first 401 on `api` for `who` (polled back to back). */
  const refusedAfter = async (api: Api, who: Who, since: number) => {
    while (true) {
      const res = await api.call('GET', '/api/notifications', undefined, { token: who.token });
      if (res.status === 401) return performance.now() - since;
      expect(res.status).toBe(200);
      if (performance.now() - since > 10_000) throw new Error('never refused');
    }
  };
  const deactivateThroughA = async (who: Who) => {
    await a.expect(200, 'PATCH', `/api/users/${who.id}`, { active: false }, { token: admin.token });
    return performance.now();
  };
  let n = 0;
  const focalPoint = () => createUser(a, admin, { email: `cache.${++n}.${process.pid}@example.org`, role: 'focal_point', stateCode: 'FRA' });

  beforeAll(async () => {
    databaseUrl = await cloneTemplate();
    const [appA, appB] = await Promise.all([
      startBuiltApp({ databaseUrl, logName: 'user-cache-a' }),
      // A slow reconnect, so that the test sees B without its listener.
      startBuiltApp({ databaseUrl, logName: 'user-cache-b', env: { USER_CACHE_RECONNECT_MS: '3000' } }),
    ]);
    apps.push(appA, appB);
    a = new Api(appA.baseUrl);
    b = new Api(appB.baseUrl);
    bPid = appB.process.pid!;
    await until('both listeners', async () => (await userCache(a)).listening && (await userCache(b)).listening);
    admin = await login(a, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    figures.print();
    await Promise.all(apps.map((app) => app.stop()));
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('a deactivation through one replica is refused by the other within 1 s', async () => {
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const fp = await focalPoint();
      await cachedOn(b, fp);
      times.push(await refusedAfter(b, fp, await deactivateThroughA(fp)));
    }
    const max = Math.max(...times);
    figures.add('deactivated on A → refused on B (ms, 5 users)', times.map((ms) => ms.toFixed(1)).join(', '));
    console.log(`user cache: deactivated through A, refused by B after ${times.map((ms) => ms.toFixed(1)).join(', ')} ms (max ${max.toFixed(1)})`);
    expect(max).toBeLessThan(REFUSED_WITHIN_MS);
  });

  it('with its listener down, the other replica reads per request (still refused at once), and comes back empty', async () => {
    const [down, stale] = [await focalPoint(), await focalPoint()];
    await cachedOn(b, down);
    await cachedOn(b, stale);
    const killed = await withPg(databaseUrl, (c) =>
      scalar<number>(c, 'SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [
        `${USER_CACHE_APPLICATION_NAME} ${bPid}`,
      ]),
    );
    expect(killed).toBe(1);
    await until('B without its listener', async () => !(await userCache(b)).listening, 1_000);
    const ms = await refusedAfter(b, down, await deactivateThroughA(down));
    figures.add('listener down: deactivated on A → refused on B (ms)', ms.toFixed(1));
    console.log(`user cache: B's listener down, deactivation through A refused by B after ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(REFUSED_WITHIN_MS);
    expect((await userCache(b)).listening).toBe(false);
    // Deactivated while B was not listening (its NOTIFY lost for B), not asked meanwhile.
    await deactivateThroughA(stale);
    await until('B listening again', async () => (await userCache(b)).listening);
    await b.expect(401, 'GET', '/api/notifications', undefined, { token: stale.token });
    // And it caches again.
    await cachedOn(b, await focalPoint());
  });
});
