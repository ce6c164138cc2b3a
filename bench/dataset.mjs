#!/usr/bin/env node
// Deterministic benchmark dataset: the real catalogue, plus synthetic States and recommendations up to
// `states` × `recommendations`, and `cycles` reporting cycles with one report per State × recommendation × cycle in
// a fixed mix of workflow states (≈ 1,000,000 reports at the defaults). Every value derives from a hash of
// (seed, cycle, State, recommendation), so the same seed gives the same data. Generated in a few INSERT … SELECT
// statements; the reports' state-change history is written by the application's own trigger, as in real use.
//
//   node bench/dataset.mjs --url <DATABASE_URL> [--states 200 --recommendations 1000 --cycles 5 --seed 42]
//   (the database must be migrated and seeded: npm run migrate && npm run seed)
//   --size 10x: the 10× cycle — 200 States × 10,000 recommendations in one cycle (≈ 1.8 M reports), 1,000 synthetic
//   recommendations per session (so about as many sessions as the 1× dataset: the reports grow, not the groups).
//   BENCH_DB_SUFFIX=<s> appends _<s> to the benchmark database's name (sessions sharing one server keep apart).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { arg, repo } from './support.mjs';


export const DEFAULTS = { seed: 42, states: 200, recommendations: 1000, cycles: 5, perSession: 100 };

/** Named sizes (`--size`): the defaults, and the 10× cycle of issue 21. */
export const SIZES = { '1x': {}, '10x': { states: 200, recommendations: 10000, cycles: 1, perSession: 1000 } };

/** The options from the command line: a `--size`, then any explicit flag over it. */
export function datasetOptions(arg) {
  const size = arg('size', '1x');
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const base = { ...DEFAULTS, ...SIZES[size] };
  return {
    seed: Number(arg('seed', base.seed)),
    states: Number(arg('states', base.states)),
    recommendations: Number(arg('recommendations', base.recommendations)),
    cycles: Number(arg('cycles', base.cycles)),
    perSession: Number(arg('per-session', base.perSession)),
  };
}

/**
 * Workflow mix in per cent of State × recommendation pairs: none 10, draft 10, returned 5, submitted 10,
 * under_review 5, accepted 60.
 */
const WORKFLOW_CASE = `CASE WHEN b < 10 THEN NULL WHEN b < 20 THEN 'draft' WHEN b < 25 THEN 'returned' WHEN b < 35 THEN 'submitted'
                            WHEN b < 40 THEN 'under_review' ELSE 'accepted' END`;
const STATUSES = `(ARRAY['not_started','planned','in_progress','partially_implemented','fully_implemented','not_applicable'])`;
const ASSISTANCE = `(ARRAY['legislative_drafting','capacity_building','training','equipment','data_systems','victim_services','cooperation','other'])`;

async function step(client, label, sql, params = []) {
  const t0 = performance.now();
  const res = await client.query(sql, params);
  console.error(`  ${label}: ${res.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return res;
}

/** Fills a migrated, catalogue-seeded database. Returns the counts and the time taken. */
export async function generateDataset(databaseUrl, options = {}) {
  const { seed, states, recommendations, cycles, perSession } = { ...DEFAULTS, ...options };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = performance.now();
  try {
    await client.query(`SET synchronous_commit = off`);
    const [{ n: existing }] = (await client.query(`SELECT count(*)::int AS n FROM reporting_cycles WHERE name LIKE 'Bench cycle %'`)).rows;
    if (existing > 0) throw new Error('this database already holds a generated dataset');

    // States: the seeded ones, then synthetic X.. codes up to `states`; the first `states` by code report.
    await step(
      client,
      'synthetic States',
      `INSERT INTO states (code, names, aliases, kind, regional_group, protocol_status, version)
       SELECT 'X' || chr(65 + (i / 26) % 26) || chr(65 + i % 26), jsonb_build_object('en', 'Synthetic State ' || i), '{}'::jsonb, 'member_state',
              (ARRAY['AFRICAN','ASIA_PACIFIC','EASTERN_EUROPEAN','LATIN_AMERICAN_CARIBBEAN','WEOG'])[1 + i % 5], 'party', 1
         FROM generate_series(0, GREATEST(0, $1 - (SELECT count(*) FROM states)::int) - 1) i`,
      [states],
    );
    // Recommendations: the real reportable ones, then synthetic ones in synthetic sessions (`perSession` per session).
    const [{ n: real }] = (await client.query(`SELECT count(*)::int AS n FROM recommendations WHERE requires_state_report AND NOT is_container`)).rows;
    const extra = Math.max(0, recommendations - real);
    await step(
      client,
      'synthetic sessions',
      `INSERT INTO sessions (number, start_date, end_date, status, title)
       SELECT 100 + s, DATE '2030-01-01' + s * 30, DATE '2030-01-03' + s * 30, 'final', jsonb_build_object('en', 'Synthetic session ' || (100 + s))
         FROM generate_series(0, ceil($1 / $2::numeric)::int - 1) s`,
      [extra, perSession],
    );
    await step(
      client,
      'synthetic recommendations',
      `INSERT INTO recommendations (session_id, number, ordinal, reference, text, addressee, modality, adoption, is_container, requires_state_report, version)
       SELECT (SELECT id FROM sessions WHERE number = 100 + i / $2::int), (i % $2::int + 1)::text, i % $2::int + 1,
              'SYNTH/' || (100 + i / $2::int) || ', para. ' || (i % $2::int + 1),
              jsonb_build_object('en', 'States parties should strengthen measures against trafficking in persons, synthetic item ' || i,
                                 'zh', '各缔约国应加强打击人口贩运的措施，包括切除器官 ' || i),
              ARRAY['states_parties']::varchar[], 'should', 'adopted', false, true, 1
         FROM generate_series(0, $1 - 1) i`,
      [extra, perSession],
    );
    await step(
      client,
      'recommendation themes',
      `INSERT INTO recommendation_themes (recommendation_id, theme_id, source)
       SELECT r.id, t.id, 'manual' FROM recommendations r
         JOIN LATERAL (SELECT id FROM themes ORDER BY md5(r.reference || code) LIMIT 2) t ON true
        WHERE r.reference LIKE 'SYNTH/%'`,
    );
    // Cycles: one per year, the earlier ones closed, the last one open; scope = the first `recommendations` reportable ones.
    await step(
      client,
      'cycles',
      `INSERT INTO reporting_cycles (name, opens_on, closes_on, status, filters, opened_at, closed_at, version)
       SELECT 'Bench cycle ' || (2021 + c), make_date(2021 + c, 1, 15), make_date(2021 + c, 4, 30),
              CASE WHEN c = $1 - 1 THEN 'open' ELSE 'closed' END, '{}'::jsonb,
              make_date(2021 + c, 1, 15), CASE WHEN c = $1 - 1 THEN NULL ELSE make_date(2021 + c, 6, 30) END, 1
         FROM generate_series(0, $1 - 1) c`,
      [cycles],
    );
    await step(
      client,
      'cycle scope',
      `INSERT INTO cycle_recommendations (cycle_id, recommendation_id)
       SELECT y.id, r.id FROM reporting_cycles y
         CROSS JOIN (SELECT id FROM recommendations WHERE requires_state_report AND NOT is_container ORDER BY reference, id LIMIT $1) r
        WHERE y.name LIKE 'Bench cycle %'`,
      [recommendations],
    );
    await client.query(`CREATE TEMP TABLE bench_states AS SELECT code FROM states ORDER BY code LIMIT $1`, [states]);
    // Reports: one INSERT per cycle keeps each statement's memory and WAL moderate.
    const cycleRows = (await client.query(`SELECT id, name, closes_on FROM reporting_cycles WHERE name LIKE 'Bench cycle %' ORDER BY opens_on`)).rows;
    // In slices of States, so that each statement (and the rollup trigger's one aggregate of it) stays moderate.
    const codes = (await client.query(`SELECT code FROM bench_states ORDER BY code`)).rows.map((r) => r.code);
    const slice = Math.max(1, Math.floor(2_000_000 / 10 / Math.max(1, recommendations)));
    for (const cycle of cycleRows) for (let from = 0; from < codes.length; from += slice) {
      await step(
        client,
        `reports of ${cycle.name}, States ${from + 1}–${Math.min(codes.length, from + slice)}`,
        `INSERT INTO implementation_reports (cycle_id, state_code, recommendation_id, workflow_state, implementation_status, narrative, measures,
                evidence, challenges, assistance_needed, assistance_details, assistance_type, submissions, submitted_at, late, created_at, updated_at, version)
         SELECT $1::uuid, x.state_code, x.recommendation_id, x.workflow,
                CASE WHEN x.workflow = 'draft' AND x.h2 % 4 = 0 THEN NULL ELSE ${STATUSES}[1 + x.h2 % 6] END,
                jsonb_build_object('en', 'Measures taken by ' || x.state_code || ' on this recommendation (' || x.h2 % 1000 || ').'),
                '[]'::jsonb, '[]'::jsonb, NULL,
                x.h3 % 10 = 0, CASE WHEN x.h3 % 10 = 0 THEN 'Technical assistance asked by ' || x.state_code END,
                CASE WHEN x.h3 % 10 = 0 THEN ${ASSISTANCE}[1 + (x.h3 / 10) % 8] END,
                CASE WHEN x.workflow = 'draft' THEN 0 WHEN x.workflow = 'returned' THEN 1 ELSE 1 + x.h3 % 2 END,
                CASE WHEN x.workflow = 'draft' THEN NULL ELSE $2::date - (x.h2 % 60) + 5 END,
                x.workflow <> 'draft' AND x.h2 % 60 < 5,
                $2::date - 90, $2::date, 1
           FROM (SELECT s.code AS state_code, cr.recommendation_id, ${WORKFLOW_CASE} AS workflow, h2, h3
                   FROM bench_states s CROSS JOIN cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id
                   -- Stable keys only (cycle name, State code, reference), never the generated uuids: same seed, same data.
                   CROSS JOIN LATERAL (SELECT abs(hashtext($3::text || ':' || $4::text || ':' || s.code || ':' || r.reference)) AS h) hh
                   CROSS JOIN LATERAL (SELECT hh.h % 100 AS b, (hh.h / 100) % 100000 AS h2, (hh.h / 7) % 100000 AS h3) v
                  WHERE cr.cycle_id = $1::uuid AND s.code = ANY($5::text[])) x
          WHERE x.workflow IS NOT NULL`,
        [cycle.id, cycle.closes_on, String(seed), cycle.name, codes.slice(from, from + slice)],
      );
    }
    await step(
      client,
      'submitted versions',
      `INSERT INTO report_versions (report_id, number, content, late, submitted_by, submitted_at)
       SELECT ir.id, n, jsonb_build_object('implementationStatus', ir.implementation_status, 'narrative', ir.narrative, 'measures', ir.measures,
                'evidence', ir.evidence, 'challenges', ir.challenges, 'assistanceNeeded', ir.assistance_needed,
                'assistanceDetails', ir.assistance_details, 'assistanceType', ir.assistance_type, 'files', '[]'::jsonb),
              ir.late, NULL, COALESCE(ir.submitted_at, ir.updated_at) - make_interval(days => ir.submissions - n)
         FROM implementation_reports ir JOIN reporting_cycles y ON y.id = ir.cycle_id AND y.name LIKE 'Bench cycle %'
        CROSS JOIN LATERAL generate_series(1, ir.submissions) n`,
    );
    await step(client, 'VACUUM ANALYZE', `VACUUM (ANALYZE)`);
    const counts = (
      await client.query(`SELECT (SELECT count(*) FROM states)::int AS states,
              (SELECT count(*) FROM recommendations WHERE requires_state_report AND NOT is_container)::int AS recommendations,
              (SELECT count(*) FROM reporting_cycles)::int AS cycles, (SELECT count(*) FROM implementation_reports)::int AS reports,
              (SELECT count(*) FROM report_versions)::int AS versions, (SELECT count(*) FROM report_state_changes)::int AS state_changes`)
    ).rows[0];
    // A fingerprint of the generated reports by their stable keys: two generations with one seed must print the same.
    const [{ fingerprint }] = (
      await client.query(`SELECT md5(string_agg(concat_ws('|', y.name, ir.state_code, r.reference, ir.workflow_state, ir.implementation_status,
                                                          ir.assistance_type, ir.submissions, ir.late), ',' ORDER BY y.name, ir.state_code, r.reference)) AS fingerprint
                            FROM implementation_reports ir JOIN reporting_cycles y ON y.id = ir.cycle_id JOIN recommendations r ON r.id = ir.recommendation_id`)
    ).rows;
    return { ...counts, fingerprint, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await client.end();
  }
}

const adminUrl = (url, database) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * A fresh benchmark database with the dataset: on DATABASE_URL's server, or an embedded PostgreSQL in
 * `.data/bench` when DATABASE_URL is unset. `reuse` keeps a database already generated with the same parameters.
 */
export async function prepareBenchDatabase(options = {}) {
  const o = { ...DEFAULTS, reuse: true, ...options };
  // g2: the generator's version (g1 hashed uuids, so its data differed from one generation to the next).
  const perSession = o.perSession === DEFAULTS.perSession ? '' : `_p${o.perSession}`;
  const suffix = process.env.BENCH_DB_SUFFIX ? `_${process.env.BENCH_DB_SUFFIX.replace(/[^a-z0-9_]/gi, '')}` : '';
  const name = `wg4_bench_g2_s${o.seed}_${o.states}x${o.recommendations}x${o.cycles}${perSession}${suffix}`;
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const { startEmbeddedPostgres } = await import(path.join(repo, 'dist/libs/database/src/index.js'));
    const server = await startEmbeddedPostgres({ dataDir: path.join(repo, '.data/bench'), log: (m) => console.error(m) });
    serverUrl = server.url;
    stopServer = () => server.stop();
  }
  const admin = new pg.Client({ connectionString: adminUrl(serverUrl, 'postgres') });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount > 0;
  let ready = false;
  const databaseUrl = adminUrl(serverUrl, name);
  if (exists && o.reuse) {
    const probe = new pg.Client({ connectionString: databaseUrl });
    await probe.connect();
    ready = (await probe.query(`SELECT count(*)::int AS n FROM implementation_reports`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n > 0;
    await probe.end();
  }
  if (!ready) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  await admin.end();
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  const cli = (...args) => execFileSync(process.execPath, [path.join(repo, 'dist/apps/cli/src/main.js'), ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let generated = null;
  if (!ready) {
    console.error(`generating ${name} …`);
    cli('migrate');
    cli('seed');
    generated = await generateDataset(databaseUrl, o);
  } else {
    cli('migrate'); // a newer checkout may bring migrations; data is kept
  }
  return { databaseUrl, name, generated, stop: stopServer };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = datasetOptions(arg);
  const url = arg('url', null);
  if (url) console.log(await generateDataset(url, options));
  else {
    const db = await prepareBenchDatabase({ ...options, reuse: !process.argv.includes('--fresh') });
    console.log({ databaseUrl: db.databaseUrl.replace(/:[^:@/]+@/, ':***@'), ...(db.generated ?? { reused: true }) });
    await db.stop();
  }
}
