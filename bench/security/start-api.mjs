// Starts the built API on a throwaway embedded PostgreSQL (or a fresh database on DATABASE_URL's server) for the
// security scripts; returns its base URL, a sign-in helper and stop().
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, inviteUser, startMailSink } from '../support.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN = { email: 'security-admin@wg4.test', password: 'Granite-Harbor-Velvet-58' };

export async function startApi() {
  const port = await freePort();
  const mail = await startMailSink();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wg4-security-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', JWT_SECRET: 'security-secret-that-is-long-enough-0123456789', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATA_DIR: dataDir, MFA_REQUIRED_ROLES: '', SMTP_URL: mail.url };
  let dropDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `wg4_security_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }
  const child = spawn(process.execPath, [path.join(repo, 'dist/apps/api/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = null;
  child.on('exit', (code) => (exited = code));
  const base = `http://127.0.0.1:${port}/api`;
  for (const t0 = Date.now(); ; ) {
    if (exited !== null) throw new Error(`the API exited (${exited})`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() - t0 > 90_000) throw new Error('the API did not start in 90 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const request = async (method, url, body, token) => {
    const res = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  const signIn = async (email, password) => (await request('POST', '/auth/login', { email, password })).body.accessToken;
  return {
    base,
    port,
    request,
    signIn,
    /** Invites a user and sets their password through the mailed link. */
    inviteUser: (adminToken, user) => inviteUser(base, mail, adminToken, user),
    stop: async () => {
      await mail.stop();
      if (exited === null) {
        child.kill('SIGINT');
        await new Promise((r) => child.on('exit', r));
      }
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
