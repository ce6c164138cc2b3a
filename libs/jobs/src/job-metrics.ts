import { Counter, Gauge, Histogram, register } from 'prom-client';
import { QUEUES, type QueueName } from './queues.js';

interface Tracked {
  queueSize(queue: QueueName): Promise<number>;
  failed(limit: number, offset: number): Promise<{ total: number }>;
}

/** The job queue's Prometheus metrics, on prom-client's default registry (scraped at /api/metrics). */
class JobMetrics {
  private readonly live = new Set<Tracked>();
  private readonly enqueuedTotal = new Counter({ name: 'wg4_jobs_enqueued_total', help: 'Jobs enqueued, by queue', labelNames: ['queue'], registers: [register] });
  private readonly failedAttempts = new Counter({ name: 'wg4_job_attempts_failed_total', help: 'Job attempts that threw (each is retried until its last)', labelNames: ['queue'], registers: [register] });
  readonly mailsSent = new Counter({ name: 'wg4_mails_sent_total', help: 'E-mails handed to the SMTP server', registers: [register] });
  readonly mailsSkipped = new Counter({ name: 'wg4_mails_already_sent_total', help: 'Mail jobs found already delivered (a retry after a crash)', registers: [register] });
  readonly deliveryLatency = new Histogram({
    name: 'wg4_mail_delivery_seconds',
    help: 'From enqueue (commit) to the SMTP server accepting the mail',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
    registers: [register],
  });

  constructor() {
    const live = this.live;
    new Gauge({
      name: 'wg4_job_queue_depth',
      help: 'Jobs waiting (created or retry), by queue',
      labelNames: ['queue'],
      registers: [register],
      async collect() {
        const queue = [...live][0];
        if (!queue) return;
        for (const name of Object.values(QUEUES)) this.set({ queue: name }, await queue.queueSize(name).catch(() => NaN));
      },
    });
    new Gauge({
      name: 'wg4_jobs_failed',
      help: 'Jobs failed after their last retry and not yet archived (GET /api/jobs/failed)',
      registers: [register],
      async collect() {
        const queue = [...live][0];
        if (queue) this.set((await queue.failed(1, 0).catch(() => ({ total: NaN }))).total);
      },
    });
  }

  track(q: Tracked): void {
    this.live.add(q);
  }

  untrack(q: Tracked): void {
    this.live.delete(q);
  }

  enqueued(queue: QueueName, n: number): void {
    this.enqueuedTotal.inc({ queue }, n);
  }

  failedAttempt(queue: QueueName): void {
    this.failedAttempts.inc({ queue });
  }
}

export const jobMetrics = new JobMetrics();
