import { ConfigError } from '#common';
import { loadImportEnv } from './import.config.js';

describe('IMPORT_PARSE_TIMEOUT_MS', () => {
  it('defaults to 20 s, takes a number of milliseconds, and refuses anything else at boot', () => {
    expect(loadImportEnv({}).IMPORT_PARSE_TIMEOUT_MS).toBe(20_000);
    expect(loadImportEnv({ IMPORT_PARSE_TIMEOUT_MS: '' }).IMPORT_PARSE_TIMEOUT_MS).toBe(20_000);
    expect(loadImportEnv({ IMPORT_PARSE_TIMEOUT_MS: '1500' }).IMPORT_PARSE_TIMEOUT_MS).toBe(1_500);
    for (const bad of ['abc', '0', '-5', '1.5', '600001']) expect(() => loadImportEnv({ IMPORT_PARSE_TIMEOUT_MS: bad })).toThrow(ConfigError);
  });
});
