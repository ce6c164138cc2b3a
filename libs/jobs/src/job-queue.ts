import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { loadJobsEnv, type JobsEnv } from './jobs.config.js';
import { JOB_SCHEMA, QUEUES, type QueueName } from './queues.js';
import { jobMetrics } from './job-metrics.js';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** The runtime role (DIRECT_DATABASE_URL when set, else DATABASE_URL: pg-boss works through a transaction pooler). */
  url: string;
  /** Run workers and the schedule here (default: WORKERS). */
  workers?: boolean;
  /** Connections of pg-boss's own pool. */
  poolSize?: number;
}

export interface JobToSend {
  /** Idempotency: a second job with the same id (jobIdFor(key)) is not inserted. */
  id?: string;
  data: object;
}

export interface FailedJob {
  id: string;
  queue: string;
  error: string;
  retryCount: number;
  createdOn: Date;
  failedOn: Date | null;
}

type Handler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

/**
 * The application's job queue: pg-boss on its PostgreSQL. Jobs are enqueued inside the caller's transaction (they
 * exist if and only if the change committed: an outbox); workers poll with SKIP LOCKED, so any number of replicas
 * share the work and each job runs once at a time; a job whose process died expires and is retried.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  readonly env: JobsEnv = loadJobsEnv();
  readonly workersEnabled: boolean;
  private readonly boss: PgBoss;
  private readonly handlers: { queue: QueueName; concurrency: number; handler: Handler<object> }[] = [];
  private readonly schedules: { queue: QueueName; cron: string; data: object }[] = [];
  private started = false;
  private stopped = false;

  constructor(@Inject(JOBS_OPTIONS) options: JobsOptions) {
    this.workersEnabled = options.workers ?? this.env.WORKERS;
    this.boss = new PgBoss({
      connectionString: options.url,
      schema: JOB_SCHEMA,
      application_name: 'wg4-jobs',
      max: options.poolSize ?? 4,
      // The schema is the owner's, installed at migration time (installJobSchema): the runtime role may not create it.
      migrate: false,
      supervise: this.workersEnabled,
      schedule: this.workersEnabled,
      maintenanceIntervalSeconds: this.env.JOBS_MAINTENANCE_SECONDS,
      retryLimit: this.env.MAIL_RETRY_LIMIT,
      retryDelay: this.env.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: this.env.MAIL_JOB_EXPIRE_SECONDS,
      // Failed jobs stay listable (GET /api/jobs/failed) for a week before they are archived.
      archiveFailedAfterSeconds: 7 * 24 * 3600,
      cronWorkerIntervalSeconds: Math.min(5, this.env.JOBS_POLL_SECONDS),
    });
    this.boss.on('error', (error) => this.logger.warn({ err: error }, 'job queue error'));
    jobMetrics.track(this);
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** Registers a worker; it runs only where workers are enabled, from bootstrap on. */
  work<T extends object>(queue: QueueName, handler: Handler<T>, concurrency = 1): void {
    this.handlers.push({ queue, concurrency, handler: handler as Handler<object> });
  }

  /** A cron schedule (UTC) for a queue: fired once per slot across every replica with workers. */
  schedule(queue: QueueName, cron: string, data: object = {}): void {
    this.schedules.push({ queue, cron, data });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.workersEnabled) return;
    // singletonSeconds: at most one job per minute slot, even when pg-boss's internal hand-off is retried (its worker
    // died after inserting the job but before completing the hand-off).
    for (const s of this.schedules) await this.boss.schedule(s.queue, s.cron, s.data, { tz: 'UTC', retryLimit: 2, singletonKey: s.queue, singletonSeconds: 60 });
    for (const { queue, concurrency, handler } of this.handlers) {
      for (let i = 0; i < concurrency; i++) {
        const worker: { id?: string } = {};
        worker.id = await this.boss.work<object>(queue, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.env.JOBS_POLL_SECONDS }, async ([job]) => {
          try {
            await handler(job);
          } catch (error) {
            jobMetrics.failedAttempt(queue);
            throw error;
          } finally {
            // pg-boss waits a polling interval after every fetch; a worker that found a job fetches again at once,
            // so a backlog drains at the senders' pace rather than one job per interval.
            if (worker.id) this.boss.notifyWorker(worker.id);
          }
        });
      }
    }
    this.logger.log(`workers started: ${this.handlers.map((h) => `${h.queue}×${h.concurrency}`).join(', ') || 'none'}`);
  }

  /** Inserts jobs in the caller's transaction: they are visible to workers once it commits, and never if it rolls back. */
  async sendInTransaction(em: EntityManager, queue: QueueName, jobs: JobToSend[]): Promise<void> {
    if (jobs.length === 0) return;
    const runner = em.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('sendInTransaction needs the EntityManager of an open transaction');
    const db: PgBoss.Db = { executeSql: async (text, values) => ({ rows: await runner.query(text, values) }) };
    await this.boss.insert(
      jobs.map((j) => ({ id: j.id, name: queue, data: j.data })),
      { db },
    );
    jobMetrics.enqueued(queue, jobs.length);
  }

  /** Outside a transaction (a manual reminder run, a test). */
  send(queue: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.boss.send(queue, data, options);
  }

  /** Waiting (created or retry) jobs of a queue. */
  queueSize(queue: QueueName): Promise<number> {
    return this.boss.getQueueSize(queue);
  }

  /** Whether the queue's tables answer (readiness). */
  async ping(): Promise<void> {
    await this.boss.getDb().executeSql(`SELECT 1 FROM ${JOB_SCHEMA}.version`, []);
  }

  /** Jobs that failed after their last retry, newest first (the error, never the job's data: it may hold a link). */
  async failed(limit: number, offset: number): Promise<{ items: FailedJob[]; total: number }> {
    const db = this.boss.getDb();
    const { rows } = await db.executeSql(
      `SELECT id, name AS queue, COALESCE(output->>'message', output::text, '') AS error, retry_count AS "retryCount",
              created_on AS "createdOn", completed_on AS "failedOn", count(*) OVER ()::int AS total
         FROM ${JOB_SCHEMA}.job WHERE state = 'failed'
        ORDER BY completed_on DESC NULLS LAST, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && offset > 0) {
      const count = await db.executeSql(`SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE state = 'failed'`, []);
      total = count.rows[0].n;
    }
    return { items: rows.map(({ total: _t, ...r }) => r as FailedJob), total };
  }

  /** Puts a failed job back in its queue; false when no failed job has that id. */
  async retry(id: string): Promise<boolean> {
    const { rows } = await this.boss.getDb().executeSql(`SELECT name FROM ${JOB_SCHEMA}.job WHERE id = $1 AND state = 'failed'`, [id]);
    if (rows.length === 0) return false;
    await this.boss.retry(rows[0].name, id);
    return true;
  }

  /** Graceful stop: no new jobs are fetched; running ones get SHUTDOWN_TIMEOUT_MS, then are failed (and retried). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Stops fetching, lets running jobs finish (bounded by SHUTDOWN_TIMEOUT_MS), closes the pool. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped || !this.started) return;
    this.stopped = true;
    jobMetrics.untrack(this);
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: Math.max(1000, this.env.SHUTDOWN_TIMEOUT_MS) }).catch((error) => this.logger.warn({ err: error }, 'job queue stop'));
  }

  static readonly queues = QUEUES;
}
