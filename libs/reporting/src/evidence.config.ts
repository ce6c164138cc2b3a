import { IsInt, Max, Min } from 'class-validator';
import { validateEnv } from '#common';

const MB = 1024 * 1024;

/**
 * Evidence storage quotas, in bytes. Every stored file counts, removed ones included, until it is purged: a draft's
 * removed file that no submitted version cites is deleted at once; a cited one stays (the version refers to it).
 */
export class EvidenceEnv {
  /** All files ever kept for one report (attached, or removed but cited by a submitted version). */
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * MB)
  EVIDENCE_MAX_BYTES_PER_REPORT: number = 50 * MB;

  /** All files kept for one State, over every report of every cycle. */
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * MB)
  EVIDENCE_MAX_BYTES_PER_STATE: number = 2048 * MB;
}

export function loadEvidenceEnv(env: Record<string, string | undefined> = process.env): EvidenceEnv {
  return validateEnv(EvidenceEnv, env);
}
