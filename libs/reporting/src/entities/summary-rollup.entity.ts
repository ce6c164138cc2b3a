import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The dimensions the summaries group a cycle's counted reports by (ADR 0008):
 * - `state`: in-scope reports, key '' (totals, statuses, regions — a region is the State's, joined when read);
 * - `session`: in-scope reports by the recommendation's session, key = session id;
 * - `theme`: in-scope reports by each theme of the recommendation, key = theme id (a report counts once per theme);
 * - `assistance`: in-scope reports asking for assistance, key = the assistance type or 'unspecified';
 * - `any`: every report whatever the scope, key '' (non-reporting's pending submissions).
 */
export const ROLLUP_DIMENSIONS = ['state', 'session', 'theme', 'assistance', 'any'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** `accepted`, or `pending` (submitted and under review): the only workflow states any summary counts. */
export const ROLLUP_COUNTINGS = ['accepted', 'pending'] as const;

/**
 * Counted figures per cycle × State × dimension key × implementation status × accepted/pending, kept by database
 * triggers (migration SummaryRollups) in the transaction of every change of a report, of a recommendation's scope
 * fields, themes or cycle scope. Summaries read these few thousand rows instead of every report.
 */
@Entity({ name: 'summary_rollups' })
@Check('CHK_summary_rollups_dimension', `"dimension" IN ('state', 'session', 'theme', 'assistance', 'any')`)
@Check('CHK_summary_rollups_counting', `"counting" IN ('accepted', 'pending')`)
export class SummaryRollup {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_summary_rollups' })
  cycleId: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'PK_summary_rollups' })
  dimension: RollupDimension;

  /** '' for `state` and `any`; a session or theme id; an assistance type. */
  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: 'PK_summary_rollups' })
  key: string;

  @PrimaryColumn({ type: 'char', length: 3, primaryKeyConstraintName: 'PK_summary_rollups' })
  stateCode: string;

  /** The implementation status ('' if a counted report had none). */
  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: 'PK_summary_rollups' })
  status: string;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'PK_summary_rollups' })
  counting: string;

  /** Reports. */
  @Column({ type: 'integer' })
  n: number;

  /** Of which submitted after the cycle's closing day. */
  @Column({ type: 'integer' })
  late: number;

  /** Of which asking for assistance. */
  @Column({ type: 'integer' })
  assistance: number;
}

/** How many rows each cycle-level total is spread over, so that concurrent writers rarely wait for the same row. */
export const ROLLUP_TOTAL_SHARDS = 8;

/**
 * The `session`, `theme` and `assistance` cells summed over States (in {@link ROLLUP_TOTAL_SHARDS} shards by State,
 * `ascii(last letter of the code) % 8`), kept by the same trigger function in the same statement: what the overview
 * reads for its breakdowns, a few hundred rows whatever the number of States. Its history is the per-State one.
 */
@Entity({ name: 'summary_rollup_totals' })
export class SummaryRollupTotal {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_summary_rollup_totals' })
  cycleId: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'PK_summary_rollup_totals' })
  dimension: RollupDimension;

  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: 'PK_summary_rollup_totals' })
  key: string;

  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: 'PK_summary_rollup_totals' })
  status: string;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'PK_summary_rollup_totals' })
  counting: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_summary_rollup_totals' })
  shard: number;

  @Column({ type: 'integer' })
  n: number;

  @Column({ type: 'integer' })
  late: number;

  @Column({ type: 'integer' })
  assistance: number;
}

/**
 * The rollup's history: every change of it as signed deltas, in the transaction of the change (append-only). The
 * rollup as of a time is the rollup now minus the deltas after it. The first rows of each cycle are the backfill.
 */
@Entity({ name: 'summary_rollup_changes' })
@Index('IDX_summary_rollup_changes_cycle_changed', ['cycleId', 'changedAt'])
export class SummaryRollupChange {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_summary_rollup_changes' })
  id: string;

  @Column({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'char', length: 3 })
  stateCode: string;

  @Column({ type: 'varchar', length: 10 })
  dimension: RollupDimension;

  @Column({ type: 'varchar', length: 36 })
  key: string;

  @Column({ type: 'varchar', length: 24 })
  status: string;

  @Column({ type: 'varchar', length: 8 })
  counting: string;

  @Column({ type: 'integer' })
  n: number;

  @Column({ type: 'integer' })
  late: number;

  @Column({ type: 'integer' })
  assistance: number;

  /** clock_timestamp() of the change (the same clock as report_state_changes). */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  changedAt: Date;
}

/** One row: since when the rollup's history is complete. `asOf` before it reads report_state_changes instead. */
@Entity({ name: 'summary_rollup_epoch' })
@Check('CHK_summary_rollup_epoch_single', `"singleton"`)
export class SummaryRollupEpoch {
  @PrimaryColumn({ type: 'boolean', default: true, primaryKeyConstraintName: 'PK_summary_rollup_epoch' })
  singleton: boolean;

  @Column({ type: 'timestamptz' })
  startedAt: Date;
}

/** What a cycle's scope is counted by: `cycle` (key ''), `session` (key = session id), `theme` (key = theme id). */
export const SCOPE_COUNT_DIMENSIONS = ['cycle', 'session', 'theme'] as const;
export type ScopeCountDimension = (typeof SCOPE_COUNT_DIMENSIONS)[number];

/**
 * The scope's own counts — the recommendations of each cycle that ask something of States, in all, per session and
 * per theme — kept by triggers (migration SummaryScopeCounts) on cycle_recommendations, recommendations and
 * recommendation_themes, so the overview reads a few hundred rows instead of the whole scope (issue 21).
 */
@Entity({ name: 'summary_scope_counts' })
@Check('CHK_summary_scope_counts_dimension', `"dimension" IN ('cycle', 'session', 'theme')`)
export class SummaryScopeCount {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_summary_scope_counts' })
  cycleId: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'PK_summary_scope_counts' })
  dimension: ScopeCountDimension;

  @PrimaryColumn({ type: 'varchar', length: 36, primaryKeyConstraintName: 'PK_summary_scope_counts' })
  key: string;

  @Column({ type: 'integer' })
  n: number;
}
