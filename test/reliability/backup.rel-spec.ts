import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, withDatabase } from '#database';
import { dropTestDatabase } from '#database/testing';
import { startBuiltApp, type BuiltApp } from './support/built-app.js';
import { cloneTemplate, withPg } from './support/db.js';
import { Figures } from './support/figures.js';
import { Api } from './support/http.js';
import { ADMIN, createUser, focalPoints, login, openCycle, questionnaire, reportsPath, scopeOf, type Who } from './support/scenario.js';

const workDir = path.resolve('.data/reliability/backup');

/** `npm run cli -- <args>` as an operator runs it (it builds incrementally first), with the given database settings. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.NODE_OPTIONS;
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'cli', '--silent', '--', ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Some of everything: reports in every workflow state, versions, reviews, comments, evidence files (bytes). */
async function seed(api: Api) {
  const admin = await login(api, ADMIN.email, ADMIN.password);
  const secretariat = await createUser(api, admin, { email: 'sec.backup@example.org', role: 'secretariat' });
  const fps = await focalPoints(api, admin, ['KEN', 'FRA', 'BRA', 'IND', 'NGA', 'MEX'], 'backup');
  const cycleId = (await openCycle(api, secretariat, 'backup drill cycle', [4])).id;
  const scope = await scopeOf(api, fps[0], cycleId);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('national action plan '.repeat(200)), Buffer.from('\n%%EOF\n')]);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 7)]);
  const files: { who: Who; reportId: string; fileId: string; sha256: string }[] = [];
  for (const [n, fp] of fps.entries()) {
    const items = questionnaire(fp.stateCode!, n % 2 ? scope : scope.slice(0, 20));
    await api.expect(200, 'PUT', reportsPath(cycleId, fp.stateCode!), { items }, { token: fp.token });
    for (const [i, bytes] of [pdf, png].entries()) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), i ? `${fp.stateCode} photo.png` : `${fp.stateCode} plan.pdf`);
      const up = await api.expect<{ id: string; sha256: string }>(201, 'POST', `${reportsPath(cycleId, fp.stateCode!)}/${scope[i]}/evidence`, form, { token: fp.token });
      const report = await api.expect<{ id: string }>(200, 'GET', `${reportsPath(cycleId, fp.stateCode!)}/${scope[i]}`, undefined, { token: fp.token });
      files.push({ who: fp, reportId: report.body.id, fileId: up.body.id, sha256: up.body.sha256 });
    }
    for (const rec of scope.slice(0, 10)) await api.expect(200, 'POST', `${reportsPath(cycleId, fp.stateCode!)}/${rec}/submit`, undefined, { token: fp.token });
  }
  // Reviews: accept one State's first report, return another's with a comment.
  const [accept, ret] = await Promise.all(
    [fps[0], fps[1]].map((fp) => api.expect<{ id: string }>(200, 'GET', `${reportsPath(cycleId, fp.stateCode!)}/${scope[0]}`, undefined, { token: secretariat.token })),
  );
  for (const r of [accept, ret]) await api.expect(200, 'POST', `/api/reports/${r.body.id}/review`, { decision: 'start_review' }, { token: secretariat.token });
  await api.expect(200, 'POST', `/api/reports/${accept.body.id}/review`, { decision: 'accept', assessment: { status: 'partially_implemented', note: 'drill' } }, { token: secretariat.token });
  await api.expect(200, 'POST', `/api/reports/${ret.body.id}/review`, { decision: 'return', comment: 'Please add the adoption date.' }, { token: secretariat.token });
  await api.expect(201, 'POST', `/api/reports/${ret.body.id}/comments`, { body: 'Will do.' }, { token: fps[1].token });
  return { files, fps, cycleId };
}

interface TableFigure {
  rows: number;
  md5: string;
}

/**
 * Every table's row count and a checksum of its rows. Rows are compared as text in a fixed order (the whole row as
 * text, so no table needs an id column); bytea columns are part of the row text, so file bytes are compared too.
 */
async function fingerprint(url: string): Promise<{ tables: Record<string, TableFigure>; reportsMd5: string }> {
  return withPg(url, async (db) => {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const out: Record<string, TableFigure> = {};
    for (const { name } of tables) {
      const q = `"${name.replace(/"/g, '""')}"`;
      const { rows } = await db.query<{ rows: number; md5: string | null }>(`SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${q} t`);
      out[name] = { rows: rows[0].rows, md5: rows[0].md5 ?? '-' };
    }
    const { rows } = await db.query<{ md5: string }>(`SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) AS md5 FROM implementation_reports r`);
    return { tables: out, reportsMd5: rows[0].md5 };
  });
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('backup drill: seed, back up with the CLI, restore into a new database, compare', () => {
  const figures = new Figures('backup drill');

  beforeAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });
  afterAll(() => figures.print());

  /**
   * One drill against one target. `env` is how the CLI finds the database (DATA_DIR for the embedded default,
   * DATABASE_URL for a server); `sourceUrl` how this test reads it.
   */
  async function drill(label: string, app: BuiltApp, env: Record<string, string>, sourceUrl: () => Promise<string>, restoredName: string) {
    const api = new Api(app.baseUrl);
    const seeded = await seed(api);
    const file = path.join(workDir, `${label.replace(/\W+/g, '-')}.dump`);

    // Backup while the API is running and serving.
    const backup = await cli(['backup', file], env);
    if (backup.code !== 0) throw new Error(`backup failed:\n${backup.stderr}`);
    expect((await api.get('/api/health')).status).toBe(200);
    const again = await cli(['backup', file], env);
    expect(again.code).not.toBe(0); // never overwrites
    const restore = await cli(['restore', file, '--database', restoredName], env);
    if (restore.code !== 0) throw new Error(`restore failed:\n${restore.stderr}`);
    const refused = await cli(['restore', file, '--database', restoredName], env);
    expect(refused.code).not.toBe(0); // the target now has tables
    expect(refused.stderr).toMatch(/already has \d+ tables/);

    const source = await sourceUrl();
    const restoredUrl = withDatabase(source, restoredName);
    const [before, after] = [await fingerprint(source), await fingerprint(restoredUrl)];
    expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables));
    expect(after.tables).toEqual(before.tables);
    expect(after.reportsMd5).toBe(before.reportsMd5);
    expect(before.tables.evidence_files.rows).toBe(seeded.files.length);
    expect(before.tables.report_versions.rows).toBeGreaterThan(0);

    // The restored database is a working one: the API starts on it, and evidence files come back byte for byte.
    const restoredApp = await startBuiltApp({ databaseUrl: restoredUrl, logName: `backup-restored-${label.replace(/\W+/g, '-')}` });
    try {
      const rapi = new Api(restoredApp.baseUrl);
      const fp = await login(rapi, seeded.files[0].who.email);
      for (const f of seeded.files.filter((x) => x.who.email === fp.email)) {
        const res = await fetch(`${restoredApp.baseUrl}/api/reports/${f.reportId}/evidence/${f.fileId}`, { headers: { Authorization: `Bearer ${fp.token}` } });
        expect(res.status).toBe(200);
        expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(f.sha256);
      }
    } finally {
      await restoredApp.stop();
    }

    const tools = /pg_dump\/pg_restore (\S+) from (.+?);/.exec(backup.stderr);
    const inner = /in (\d+) ms/.exec(backup.stdout);
    const restoreInner = /in (\d+) ms/.exec(restore.stdout);
    figures.add(`${label}: client tools`, tools ? `${tools[1]} from ${tools[2].replace(/ \(unpacked in .*\)/, '')}` : '?');
    figures.add(`  backup`, `${statSync(file).size} bytes in ${inner?.[1] ?? '?'} ms (npm run cli: ${Math.round(backup.ms)} ms)`);
    figures.add(`  restore into "${restoredName}"`, `${restoreInner?.[1] ?? '?'} ms (npm run cli: ${Math.round(restore.ms)} ms)`);
    const totalRows = Object.values(before.tables).reduce((n, t) => n + t.rows, 0);
    figures.add(`  tables / rows compared`, `${Object.keys(before.tables).length} / ${totalRows}: all counts and checksums identical`);
    for (const name of Object.keys(before.tables)) {
      const [b, a] = [before.tables[name], after.tables[name]];
      figures.add(`    ${name}`, `${b.rows} = ${a.rows} rows, md5 ${b.md5} ${b.md5 === a.md5 ? '=' : '≠'} ${a.md5}`);
    }
    figures.add(`  reports checksum (md5, rows by id)`, `${before.reportsMd5} = ${after.reportsMd5}`);
    return restoredUrl;
  }

  it('the embedded default (no DATABASE_URL): PostgreSQL 18 under DATA_DIR', async () => {
    const dataDir = path.join(workDir, 'embedded');
    const app = await startBuiltApp({ dataDir, logName: 'backup-embedded-api' });
    try {
      // This test reads the cluster the API started (the shared server, left running).
      const sourceUrl = async () => (await startEmbeddedPostgres({ dataDir, log: () => undefined })).url;
      await drill('embedded default', app, { DATA_DIR: dataDir }, sourceUrl, 'wg4_restored');
    } finally {
      await app.stop();
    }
  });

  it('DATABASE_URL: a server the API does not own', async () => {
    const databaseUrl = await cloneTemplate();
    const restoredName = `wg4_rel_restored_test_${process.pid}`;
    const app = await startBuiltApp({ databaseUrl, logName: 'backup-url-api' });
    try {
      await drill(process.env.DATABASE_URL ? 'DATABASE_URL (your server)' : 'DATABASE_URL (the test server)', app, { DATABASE_URL: databaseUrl }, async () => databaseUrl, restoredName);
    } finally {
      await app.stop();
      await dropTestDatabase(withDatabase(databaseUrl, restoredName)).catch(() => undefined);
      await dropTestDatabase(databaseUrl);
    }
  });
});
