// Times the report parser (dist build) on adversarial inputs: node bench/security/importer-redos.mjs [--cap-ms N]
// Each case runs in a child process so that a catastrophic one can be cut off (reported as "> cap").
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const capMs = Number(process.argv[process.argv.indexOf('--cap-ms') + 1]) || 30_000;

const cases = {
  'digits ×24 + x': "'1'.repeat(24) + 'x'",
  'digits ×28 + x': "'1'.repeat(28) + 'x'",
  'digits ×38 + x (39-byte body)': "'1'.repeat(38) + 'x'",
  'digits ×39': "'1'.repeat(39)",
  'digits+spaces ×2000': "'1 '.repeat(2000)",
  '<http:// ×32,000': "'<http://'.repeat(32000)",
  '[ ×32,000': "'['.repeat(32000)",
  '![a]( ×20,000': "'![a]('.repeat(20000)",
  '( ×100,000 (deep nesting)': "'('.repeat(100000)",
  '([ nesting ×50,000': "'(['.repeat(50000)",
  'http:// bare ×32,000': "'http://'.repeat(32000)",
  '1 MB one line (a)': "'a'.repeat(1 << 20)",
  '1 MB one line (spaces)': "'a' + ' '.repeat(1 << 20) + 'a'",
  '1 MB one line (中 and)': "'中 and '.repeat(1 << 17)",
  'A/ ×100,000 (symbols)': "'A/'.repeat(100000)",
  '100,000 blank lines': "'\\n'.repeat(100000) + 'x'",
  'States, and ×20,000': "'States, and '.repeat(20000) + 'x'",
  '工作组建议缔约方和 ×20,000': "'工作组建议' + '缔约方和'.repeat(20000)",
  '10 October ×20,000': "'10 '.repeat(20000) + 'October'",
};

for (const [name, expr] of Object.entries(cases)) {
  const script = `
    const { parseReport } = await import(${JSON.stringify(path.join(root, 'dist/libs/importer/src/index.js'))});
    const text = ${expr};
    const t = performance.now();
    parseReport(text, { states: [] });
    process.stdout.write(String(performance.now() - t));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: capMs, encoding: 'utf8' });
  const ms = r.error || r.signal ? `> ${capMs} (cut off)` : r.status === 0 ? Number(r.stdout).toFixed(1) : `error: ${r.stderr.split('\n').slice(0, 3).join(' ')}`;
  console.log(`${name.padEnd(36)} ${ms} ms`);
}
