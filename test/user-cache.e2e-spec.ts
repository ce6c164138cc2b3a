import { withClient } from '#database';
import { USER_CACHE_APPLICATION_NAME } from '#auth';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/**
 * The user-row cache in one process (test/reliability/user-cache.rel-spec.ts runs two): the guard answers from the
 * cache, a change made on another connection (as another replica would) is refused once its NOTIFY arrives, a
 * write through this process is seen on the next request, and without the listener every request reads the
 * database — and the cache comes back empty.
 */
describe('user-row cache (LISTEN/NOTIFY)', () => {
  let t: TestApp;
  let admin: Session;
  const sql = <T = unknown>(text: string, params: unknown[] = []) => withClient(t.databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  /** Changes a user's row without the trigger: nothing tells the cache (only a per-request read can see it). */
  const silently = (text: string, params: unknown[]) =>
    withClient(t.databaseUrl, async (c) => {
      await c.query('BEGIN');
      await c.query('ALTER TABLE users DISABLE TRIGGER "TRG_users_changed_notify"');
      await c.query(text, params);
      await c.query('ALTER TABLE users ENABLE TRIGGER "TRG_users_changed_notify"');
      await c.query('COMMIT');
    });
  const ready = async () => (await t.http.get('/api/health/ready').expect(200)).body.info.userCache as { listening: boolean; entries: number };
  const until = async (what: string, ok: () => Promise<boolean>, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await ok())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  /** Reads until this user's row is in the cache (right after the login, a write, requests read the database). */
  const cache = async (who: Session) => {
    const before = (await ready()).entries;
    await until('the cache to keep the row', async () => {
      await t.http.get('/api/notifications').set(bearer(who)).expect(200);
      return (await ready()).entries > before;
    });
  };
  const focalPoint = (n: string) => createUserAndLogin(t.http, admin, { email: `cache.${n}@example.org`, role: 'focal_point', stateCode: 'FRA' });

  beforeAll(async () => {
    // A slow reconnect, so the test sees the listener down.
    process.env.USER_CACHE_RECONNECT_MS = '2000';
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    await until('the listener', async () => (await ready()).listening);
  });
  afterAll(async () => {
    delete process.env.USER_CACHE_RECONNECT_MS;
    await t.close();
  });

  it('answers from the cache: a change the trigger does not announce is not seen', async () => {
    const fp = await focalPoint('silent');
    await cache(fp);
    await silently('UPDATE users SET active = false WHERE id = $1', [fp.id]);
    await t.http.get('/api/notifications').set(bearer(fp)).expect(200);
    // The announced change (another replica's, say) is refused as soon as its notification is in.
    await sql('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [fp.id]);
    const started = performance.now();
    await until('the refusal', async () => (await t.http.get('/api/notifications').set(bearer(fp))).status === 401, 1_000);
    console.log(`user cache, one process: a deactivation on another connection refused after ${(performance.now() - started).toFixed(1)} ms`);
  });

  it('refuses on the very next request what a write through this process changed', async () => {
    const fp = await focalPoint('local');
    await cache(fp);
    await t.http.patch(`/api/users/${fp.id}`).set(bearer(admin)).send({ active: false }).expect(200);
    await t.http.get('/api/notifications').set(bearer(fp)).expect(401);
  });

  it('a session ended elsewhere is refused once announced', async () => {
    const fp = await focalPoint('session');
    await cache(fp);
    await sql(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'test' WHERE user_id = $1`, [fp.id]);
    await until('the refusal', async () => (await t.http.get('/api/notifications').set(bearer(fp))).status === 401, 1_000);
  });

  it('without the listener, reads every request; back, starts empty', async () => {
    const [down, stale] = [await focalPoint('down'), await focalPoint('stale')];
    await cache(down);
    await cache(stale);
    const [{ n }] = await sql<{ n: number }>(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [`${USER_CACHE_APPLICATION_NAME} ${process.pid}`],
    );
    expect(n).toBe(1);
    await until('the listener to be down', async () => !(await ready()).listening, 1_000);
    // Nothing is announced, and still the change is seen: every request reads the users' rows.
    await silently('UPDATE users SET active = false WHERE id = $1', [down.id]);
    await t.http.get('/api/notifications').set(bearer(down)).expect(401);
    // Changed while nobody listened, not asked meanwhile: the cache that comes back must not remember it.
    await silently('UPDATE users SET active = false WHERE id = $1', [stale.id]);
    await until('the listener to be back', async () => (await ready()).listening);
    await t.http.get('/api/notifications').set(bearer(stale)).expect(401);
    // And it caches again.
    const fp = await focalPoint('after');
    await cache(fp);
  });
});
