import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { validateEnv } from '#common';

/** The job queue (pg-boss on the application's PostgreSQL). Every variable is optional. */
export class JobsEnv {
  /** Run the queue's workers (mail, reminders) in this process. `false`: an API that only enqueues. */
  // The raw string (implicit conversion would make "false" true).
  @Transform(({ obj }: { obj: Record<string, unknown> }) => {
    const raw = obj.WORKERS === undefined ? 'true' : String(obj.WORKERS).toLowerCase();
    return raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : raw;
  })
  @IsBoolean()
  WORKERS: boolean = true;

  /** When the deadline reminders run (cron, UTC); one run across all replicas. Default: daily at 06:00. */
  @IsString()
  @Matches(/^(\S+\s+){4}\S+$/, { message: 'REMINDER_CRON must be a five-field cron expression, e.g. "0 6 * * *"' })
  REMINDER_CRON: string = '0 6 * * *';

  /** The reminders remind States of open cycles that close within this many days. */
  @IsInt()
  @Min(1)
  @Max(365)
  REMINDER_DAYS: number = 7;

  /** Retries of one mail after its first attempt (exponential backoff from MAIL_RETRY_DELAY_SECONDS). */
  @IsInt()
  @Min(0)
  @Max(50)
  MAIL_RETRY_LIMIT: number = 12;

  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_RETRY_DELAY_SECONDS: number = 5;

  /** Mails sent at once by one process. */
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_CONCURRENCY: number = 4;

  /** How often an idle worker looks for work. pg-boss polls (LISTEN does not pass a transaction pooler). */
  @IsInt()
  @Min(1)
  @Max(300)
  JOBS_POLL_SECONDS: number = 2;

  /**
   * How often one process (any replica) expires jobs whose worker died, archives and purges. A mail whose worker was
   * killed is retried after MAIL_JOB_EXPIRE_SECONDS plus at most this.
   */
  @IsInt()
  @Min(1)
  @Max(3600)
  JOBS_MAINTENANCE_SECONDS: number = 60;

  /** A mail job still running after this is taken for dead and retried (far above the SMTP timeouts). */
  @IsInt()
  @Min(5)
  @Max(3600)
  MAIL_JOB_EXPIRE_SECONDS: number = 120;

  /** Bound on a graceful stop: running jobs get this long to finish (then they are failed and retried elsewhere). */
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS: number = 10_000;
}

export function loadJobsEnv(env: Record<string, string | undefined> = process.env): JobsEnv {
  return validateEnv(JobsEnv, env);
}
