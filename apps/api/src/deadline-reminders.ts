import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobQueue, QUEUES } from '#jobs';
import { CyclesService } from '#reporting';

/**
 * The deadline reminders as a pg-boss schedule (REMINDER_CRON, UTC; daily by default): every replica with workers
 * registers it (an upsert), pg-boss fires each slot once across them, and one worker runs it. Reminding is idempotent
 * anyway (one notification per user and cycle deadline). `npm run cli -- remind` stays for a manual run.
 */
@Injectable()
export class DeadlineReminders implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly jobs: JobQueue,
    private readonly cycles: CyclesService,
  ) {}

  onModuleInit(): void {
    const days = this.jobs.env.REMINDER_DAYS;
    this.jobs.schedule(QUEUES.reminders, this.jobs.env.REMINDER_CRON, { days });
    this.jobs.work<{ days?: number }>(QUEUES.reminders, async (job) => {
      const results = await this.cycles.remindDue(job.data?.days ?? days);
      this.logger.log({ event: 'reminders.run', jobId: job.id, cycles: results }, `deadline reminders: ${results.reduce((n, r) => n + r.reminded, 0)} focal points reminded`);
    });
  }
}
