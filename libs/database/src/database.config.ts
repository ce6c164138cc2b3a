import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { validateEnv } from '#common';

export class DatabaseEnv {
  /** postgres://user:password@host:port/database; when absent an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

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
