import { databaseName, redactUrl, withDatabase } from './database-url.js';
import { assertTestDatabaseName } from './testing.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

describe('database helpers', () => {
  it('swaps and reads the database name of a URL', () => {
    const url = withDatabase('postgres://u:p%40ss@127.0.0.1:5432/postgres', 'wg4_test_1');
    expect(url).toBe('postgres://u:p%40ss@127.0.0.1:5432/wg4_test_1');
    expect(databaseName(url)).toBe('wg4_test_1');
    expect(redactUrl(url)).toBe('postgres://u:***@127.0.0.1:5432/wg4_test_1');
  });

  it('refuses a database whose name lacks "test"', () => {
    expect(() => assertTestDatabaseName('wg4')).toThrow(/must contain "test"/);
    expect(() => assertTestDatabaseName('wg4_test_123')).not.toThrow();
  });

  it('names columns in snake_case', () => {
    const naming = new SnakeNamingStrategy();
    expect(naming.columnName('stateCode', undefined, [])).toBe('state_code');
    expect(naming.columnName('lastLoginAt', undefined, [])).toBe('last_login_at');
    expect(naming.joinColumnName('user', 'id')).toBe('user_id');
  });
});
