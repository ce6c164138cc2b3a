#!/usr/bin/env node
// Lints the OpenAPI document of the running API with Spectral (spectral:oas + the OWASP API Security ruleset,
// configured in .spectral.yaml). Prints the counts and every error; exits 1 on any error.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from './start-api.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const api = await startApi();
let results;
try {
  const doc = await (await fetch(`${api.base}/docs-json`)).json();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wg4-openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  let out;
  try {
    out = execFileSync(path.join(repo, 'node_modules/.bin/spectral'), ['lint', file, '--ruleset', path.join(repo, '.spectral.yaml'), '-f', 'json', '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    out = e.stdout; // spectral exits non-zero when it finds errors
    if (!out) throw e;
  }
  results = JSON.parse(out || '[]');
} finally {
  await api.stop();
}
const names = ['error', 'warning', 'info', 'hint'];
const bySeverity = Object.fromEntries(names.map((n) => [n, 0]));
const byRule = {};
for (const r of results) {
  bySeverity[names[r.severity]]++;
  byRule[`${names[r.severity]} ${r.code}`] = (byRule[`${names[r.severity]} ${r.code}`] ?? 0) + 1;
}
console.log(`OpenAPI lint (Spectral, spectral:oas + OWASP): ${JSON.stringify(bySeverity)}`);
for (const [rule, n] of Object.entries(byRule).sort()) console.log(`  ${rule}: ${n}`);
const shown = {};
for (const r of results.filter((x) => x.severity === 0)) {
  shown[r.code] = (shown[r.code] ?? 0) + 1;
  if (shown[r.code] <= 3) console.log(`  ERROR ${r.code} at ${r.path.join('.')}: ${r.message}`);
}
process.exit(bySeverity.error > 0 ? 1 : 0);
