import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The OpenAPI document passes Spectral (spectral:oas + OWASP API Security, .spectral.yaml) with 0 errors. */
describe('security: OpenAPI lint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('has 0 Spectral errors', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg4-openapi-'));
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    let out: string;
    try {
      out = (await promisify(execFile)('node_modules/.bin/spectral', ['lint', file, '--ruleset', '.spectral.yaml', '-f', 'json', '--quiet'], { maxBuffer: 64 << 20 })).stdout;
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const results = JSON.parse(out || '[]') as { code: string; severity: number; path: string[]; message: string }[];
    const errors = results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
