#!/usr/bin/env node
// The overview's scope figures (recommendations in the cycle, per session, per theme) as main computed them (from
// the scope, SCOPE_CTE) and as the scope counts give them, on benchmark databases named on the command line (issue 21):
//   node bench/scope-counts.mjs wg4_bench_g2_s42_200x1000x1_perf21 wg4_bench_g2_s42_20x10000x1_p1000_perf21
// DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres). Median of 11 runs after 2.
import path from 'node:path';
import pg from 'pg';
import { repo } from './support.mjs';
const summaries = await import(path.join(repo, 'dist/libs/summaries/src/summary-queries.js'));
const SCOPE = `scope AS (SELECT cr.cycle_id, r.id AS recommendation_id, r.session_id FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id WHERE cr.cycle_id = ANY($1::uuid[]) AND r.requires_state_report AND NOT r.is_container)`;
// The overview's three scope figures as main computes them (from the scope), and as this branch does (scope counts).
const OLD = `WITH ${SCOPE} SELECT (SELECT count(*) FROM scope) AS scope,
  (SELECT json_agg(json_build_object('number', s.number, 'recommendations', x.n) ORDER BY s.number) FROM (SELECT session_id, count(*)::int AS n FROM scope GROUP BY session_id) x JOIN sessions s ON s.id = x.session_id) AS sessions,
  (SELECT json_agg(json_build_object('code', t.code, 'recommendations', x.n) ORDER BY t.code) FROM (SELECT rt.theme_id, count(*)::int AS n FROM scope sc JOIN recommendation_themes rt ON rt.recommendation_id = sc.recommendation_id GROUP BY rt.theme_id) x JOIN themes t ON t.id = x.theme_id) AS themes`;
const cells = (d) => `(SELECT sc.key, sum(sc.n)::int AS n FROM summary_scope_counts sc WHERE sc.cycle_id = ANY($1::uuid[]) AND sc.dimension = '${d}' GROUP BY sc.key HAVING sum(sc.n) > 0)`;
const NEW = `SELECT (SELECT COALESCE(sum(sc.n), 0) FROM summary_scope_counts sc WHERE sc.cycle_id = ANY($1::uuid[]) AND sc.dimension = 'cycle' AND sc.key = '') AS scope,
  (SELECT json_agg(json_build_object('number', s.number, 'recommendations', x.n) ORDER BY s.number) FROM ${cells('session')} x JOIN sessions s ON s.id::text = x.key) AS sessions,
  (SELECT json_agg(json_build_object('code', t.code, 'recommendations', x.n) ORDER BY t.code) FROM ${cells('theme')} x JOIN themes t ON t.id::text = x.key) AS themes`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const db of process.argv.slice(2)) {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = `/${db}`;
  const c = new pg.Client({ connectionString: server.toString() });
  await c.connect();
  const cycle = (await c.query(`SELECT id FROM reporting_cycles ORDER BY opens_on DESC LIMIT 1`)).rows[0].id;
  const time = async (sql, params) => {
    const ms = [];
    let out;
    for (let i = 0; i < 13; i++) {
      const t = performance.now();
      out = (await c.query(sql, params)).rows[0];
      if (i >= 2) ms.push(performance.now() - t);
    }
    return { ms: median(ms), out };
  };
  const old = await time(OLD, [[cycle]]);
  const now = await time(NEW, [[cycle]]);
  const overview = await time(summaries.overviewRollupSql(false), [[cycle], ['accepted'], null]);
  const same = JSON.stringify(old.out) === JSON.stringify(now.out);
  console.log(`${db}: scope ${old.out.scope}; scope figures from the scope ${old.ms.toFixed(2)} ms, from the scope counts ${now.ms.toFixed(2)} ms (same: ${same}); whole overview (this branch) ${overview.ms.toFixed(2)} ms`);
  await c.end();
}
