import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { validateEnv } from '#common';

export class DatabaseEnv {
  /** postgres://user:password@host:port/database; when absent an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * The owner role on the same database (migrations, the grant step, backup/restore, migration:generate); the
   * API and the CLI's other commands use DATABASE_URL, which should then be a role that owns nothing. When absent,
   * DATABASE_URL does both (a warning in production). Ignored without DATABASE_URL (the embedded default has both).
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'MIGRATION_DATABASE_URL must be a postgres:// URL' })
  MIGRATION_DATABASE_URL?: string;

  /**
   * The runtime role on a direct connection to PostgreSQL (not through PgBouncer), for anything that needs a session
   * of its own. Optional: pg-boss polls (no LISTEN) and takes transaction-scoped locks only, so DATABASE_URL may point
   * at a transaction-mode pooler. When set, the job queue uses it.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DIRECT_DATABASE_URL must be a postgres:// URL' })
  DIRECT_DATABASE_URL?: string;

  /** A read replica for the summaries and the compilation export (everything else, and reads after writes: the primary). */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'READ_DATABASE_URL must be a postgres:// URL' })
  READ_DATABASE_URL?: string;

  /** Where the embedded PostgreSQL cluster and uploaded files live. */
  @IsString()
  DATA_DIR: string = './.data';

  @IsOptional()
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE: number = 10;

  /** Directory of the pg_dump/pg_restore to use for backups (else the newest compatible ones found). */
  @IsOptional()
  @IsString()
  PG_BIN_DIR?: string;
}

export function loadDatabaseEnv(env: Record<string, string | undefined> = process.env): DatabaseEnv {
  return validateEnv(DatabaseEnv, env);
}
