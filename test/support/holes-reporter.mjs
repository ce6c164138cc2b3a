// Jest reporter for `npm run test:security`: one table of the holes an attack on a default start found (issue 13),
// each with the probes that reproduce it (the regression tests whose describe names the hole) and their answer now.
const TITLES = {
  1: 'forgeable tokens on a default start',
  2: 'audit trail leaked draft content',
  3: 'secretariat could read draft-only evidence',
  4: 'a 39-byte import body froze the API',
  5: 'removed evidence escaped the cap',
  6: 'anyone could lock anyone out',
  7: 'admins knew users’ passwords',
  8: 'sign-out did not end the session',
  9: 'the app’s database role was a superuser',
  10: 'focal points could infer pending answers',
  11: 'smaller: caching, names, request ids, temporary credentials',
  MFA: 'multi-factor sign-in for privileged roles',
};

export default class HolesReporter {
  onRunComplete(_contexts, results) {
    const rows = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const names = [...test.ancestorTitles, test.title].join(' › ');
        const match = /\bhole (\d+)\b/i.exec(names) ?? (/^MFA\b/.test(names) ? [null, 'MFA'] : null);
        if (!match) continue;
        const key = match[1];
        const row = rows.get(key) ?? { passed: 0, failed: 0, probes: [] };
        if (test.status === 'passed') row.passed++;
        else if (test.status === 'failed') row.failed++;
        row.probes.push(`${test.status === 'passed' ? '✓' : test.status === 'failed' ? '✗' : '-'} ${test.title}`);
        rows.set(key, row);
      }
    }
    if (rows.size === 0) return;
    const order = [...rows.keys()].sort((a, b) => (a === 'MFA' ? 1 : b === 'MFA' ? -1 : Number(a) - Number(b)));
    const lines = ['', 'Issue 13 — each hole, its probes, the answer now', '', '| hole | what it was | probes | answer now |', '|---|---|---|---|'];
    for (const key of order) {
      const row = rows.get(key);
      const answer = row.failed === 0 ? `closed: ${row.passed}/${row.passed} probes hold` : `OPEN: ${row.failed} of ${row.passed + row.failed} probes got through`;
      lines.push(`| ${key} | ${TITLES[key] ?? ''} | ${row.probes.join('<br>')} | ${answer} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }
}
