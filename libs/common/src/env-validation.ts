import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export class ConfigError extends Error {}

/**
 * Validates environment variables against a class-validator class whose property names are the variable names.
 * Unknown variables are ignored; a bad value throws a ConfigError naming each offending variable, so the process
 * stops at boot instead of failing later.
 */
export function validateEnv<T extends object>(schema: new () => T, env: Record<string, string | undefined>): T {
  const present: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    // An empty variable means "not set", as in most deployment tools.
    if (value !== undefined && value !== '') present[key] = value;
  }
  const instance = plainToInstance(schema, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(instance, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e: ValidationError) => {
      const got = present[e.property];
      const reasons = Object.values(e.constraints ?? {}).join('; ');
      return `  ${e.property}: ${reasons}${got === undefined ? ' (not set)' : ` (got "${got.length > 40 ? `${got.slice(0, 40)}…` : got}")`}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return instance;
}
