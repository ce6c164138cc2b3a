import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { JWT_SECRET_FILE, resolveJwtSecret } from './jwt-secret.js';
import { loadAuthEnv } from './auth.config.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'wg4-jwt-'));

describe('resolveJwtSecret (hole 1: no signing key from the source)', () => {
  it('uses JWT_SECRET when it is set', () => {
    expect(resolveJwtSecret({ env: { JWT_SECRET: 'x'.repeat(40) }, dataDir: tempDir() })).toEqual({ secret: 'x'.repeat(40), source: 'JWT_SECRET' });
  });

  it('generates a random 256-bit key under DATA_DIR (mode 0600) and keeps it across starts', () => {
    const dir = tempDir();
    const first = resolveJwtSecret({ env: {}, dataDir: dir });
    expect(first.source).toBe('generated');
    expect(Buffer.from(first.secret, 'base64url')).toHaveLength(32);
    const file = path.join(dir, JWT_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret);
    expect(resolveJwtSecret({ env: {}, dataDir: dir })).toMatchObject({ secret: first.secret, source: 'data-dir' });
    // Another data directory gets another key: nothing is shared through the code.
    expect(resolveJwtSecret({ env: {}, dataDir: tempDir() }).secret).not.toBe(first.secret);
  });

  it('tightens a key file that was made readable by others', () => {
    const dir = tempDir();
    resolveJwtSecret({ env: {}, dataDir: dir });
    chmodSync(path.join(dir, JWT_SECRET_FILE), 0o644);
    resolveJwtSecret({ env: {}, dataDir: dir });
    expect(statSync(path.join(dir, JWT_SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it('replaces a truncated key file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, JWT_SECRET_FILE), 'short\n', { mode: 0o600 });
    expect(resolveJwtSecret({ env: {}, dataDir: dir }).source).toBe('generated');
  });

  it('refuses to start in production with its own database and no JWT_SECRET, naming the variable', () => {
    const dir = tempDir();
    expect(() => resolveJwtSecret({ env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@h/db' }, dataDir: dir })).toThrow(/JWT_SECRET/);
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('the configuration has no built-in secret', () => {
    expect(() => loadAuthEnv({})).toThrow(/JWT_SECRET/);
  });
});
