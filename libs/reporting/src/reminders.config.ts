import { IsInt, Max, Min } from 'class-validator';
import { validateEnv } from '#common';

/** Deadline reminders (manual and scheduled). */
export class RemindersEnv {
  /** A State is reminded again about one cycle only after this many hours (manual or scheduled alike). */
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  REMINDER_MIN_INTERVAL_HOURS: number = 72;
}

let loaded: RemindersEnv | null = null;

/** Validated once (main.ts may call it at start to fail fast on a bad value). */
export function loadRemindersEnv(env: Record<string, string | undefined> = process.env): RemindersEnv {
  if (env !== process.env) return validateEnv(RemindersEnv, env);
  loaded ??= validateEnv(RemindersEnv, env);
  return loaded;
}
