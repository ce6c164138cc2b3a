import { IsInt, Max, Min } from 'class-validator';
import { validateEnv } from '#common';

export class ImportEnv {
  /** Time budget of one report parse (in a worker thread); beyond it the import is refused (422 IMPORT_TOO_COMPLEX). */
  @IsInt()
  @Min(1)
  @Max(600_000)
  IMPORT_PARSE_TIMEOUT_MS: number = 20_000;
}

export function loadImportEnv(env: Record<string, string | undefined> = process.env): ImportEnv {
  return validateEnv(ImportEnv, env);
}
