/**
 * Issue 19, size: the parser on 20 MB of any shape must take ≤ 5 s and ≤ 300 MB. Each case runs in a child process
 * (parser only, `dist/` build: run `npm run build` first, or `npm run bench:importer`), which reports its parse time
 * and its peak resident memory (process.resourceUsage().maxRSS, the whole process: Node itself is ~50 MB).
 *
 * On a shared machine a single run measures the load as much as the parser: each case runs `--runs` times (3 unless
 * told) and the best time and the best peak memory are kept; the load average (1 min) when the case started and
 * the times of every run are printed with it, and the least CPU time of the parse (less stretched by the load).
 *
 * `--parser <dir>` measures another build of the parser (the directory of its parse-report.js; e.g. main's, to
 * compare before and after a change).
 *
 *   node bench/importer-size.mjs [--mb 20] [--runs 3] [--case en-lines] [--parser dir] [--json]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const mb = Number(option('--mb', 20)) || 20;
const runs = Math.max(1, Number(option('--runs', 3)) || 3);

if (process.env.IMPORTER_SIZE_CASE) {
  const { parseReport } = await import(path.join(process.env.IMPORTER_SIZE_PARSER ?? path.join(root, 'dist/libs/importer/src'), 'parse-report.js'));
  const states = JSON.parse(readFileSync(path.join(root, 'seeds/states.json'), 'utf8'));
  const themes = JSON.parse(readFileSync(path.join(root, 'seeds/themes.json'), 'utf8'));
  const text = build(process.env.IMPORTER_SIZE_CASE, Number(process.env.IMPORTER_SIZE_BYTES));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const plan = parseReport(text, { states, themes });
  const ms = performance.now() - started;
  // CPU time of the process during the parse (the GC's threads included): what the load does not stretch.
  const { user, system } = process.cpuUsage(cpu);
  const count = (sections) => sections.reduce((n, s) => n + s.recommendations.length + count(s.sections), 0);
  process.stdout.write(
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((user + system) / 1000),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      chars: text.length,
      refusal: plan.refusal?.code ?? null,
      recommendations: count(plan.sections),
      warnings: plan.warnings.length,
      repeated: plan.warnings.find((w) => w.code === 'REPEATED_REPORT')?.message ?? null,
    }),
  );
  process.exit(0);
}

function repeatTo(unit, bytes, joiner) {
  const n = Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit + joiner)));
  return Array.from({ length: n }, () => unit).join(joiner);
}

function build(kind, bytes) {
  const corpus = (f) => readFileSync(path.join(root, 'test/fixtures/importer', f), 'utf8');
  switch (kind) {
    case 'en-one-line':
      return repeatTo(corpus('2011-wg4-4th-meeting.pdf.en.txt').trim(), bytes, ' ');
    case 'en-lines':
      return repeatTo(corpus('2011-wg4-4th-meeting.lines.en.txt'), bytes, '\n');
    case 'zh-lines':
      return repeatTo(readFileSync(path.join(root, 'seeds/reports/2011-wg4-4th-meeting-report.zh.txt'), 'utf8'), bytes, '\n');
    case 'fr-one-line':
      return repeatTo(corpus('2010-wg4-2nd-meeting.pdf.fr.txt').replace(/\n/g, ' '), bytes, ' ');
    case 'words-one-line':
      return repeatTo('States parties should consider the following recommendations of the Working Group 1. (a) II. A.', bytes, ' ');
    case 'digits-one-line':
      return repeatTo('1. 2. 3. (a) (b) V.10-50502 (E) *1050502* 12 ', bytes, '');
    case 'one-paragraph-per-line':
      return Array.from({ length: Math.ceil(bytes / 60) }, (_v, i) => `${i + 1}. States parties should consider acting now.`).join('\n');
    default:
      throw new Error(`unknown case ${kind}`);
  }
}

const CASES = ['en-one-line', 'en-lines', 'zh-lines', 'fr-one-line', 'words-one-line', 'digits-one-line', 'one-paragraph-per-line'];
const only = option('--case', null);
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));
if (!args.includes('--json')) process.stdout.write(`${os.cpus().length} cores, load average ${load().join(' ')}; best of ${runs} runs per case\n`);
const results = [];
for (const kind of CASES.filter((c) => !only || c === only)) {
  const loadAtStart = load()[0];
  const attempts = [];
  for (let run = 0; run < runs; run++) {
    try {
      const out = execFileSync(process.execPath, ['--max-old-space-size=2048', fileURLToPath(import.meta.url)], {
        env: {
          ...process.env,
          IMPORTER_SIZE_CASE: kind,
          IMPORTER_SIZE_BYTES: String(mb * 1024 * 1024),
          ...(option('--parser', null) ? { IMPORTER_SIZE_PARSER: path.resolve(option('--parser', null)) } : {}),
        },
        timeout: 120_000,
        maxBuffer: 1 << 20,
      });
      attempts.push(JSON.parse(out.toString()));
    } catch (error) {
      attempts.push({ error: String(error.message ?? error).slice(0, 200) });
    }
  }
  const done = attempts.filter((a) => !a.error);
  const result = done.length
    ? {
        ...done[0],
        ms: Math.min(...done.map((a) => a.ms)),
        cpuMs: Math.min(...done.map((a) => a.cpuMs)),
        maxRssMb: Math.min(...done.map((a) => a.maxRssMb)),
        runsMs: attempts.map((a) => a.ms ?? null),
        runsMaxRssMb: attempts.map((a) => a.maxRssMb ?? null),
      }
    : attempts[0];
  results.push({ case: kind, mb, load: loadAtStart, ...result, ok: !result.error && result.ms <= 5000 && result.maxRssMb <= 300 });
  if (!args.includes('--json')) process.stdout.write(`${kind.padEnd(24)} ${JSON.stringify(results.at(-1))}\n`);
}
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
