import { ERROR_CODES, ERROR_KINDS, ERROR_TABLES, HTTP_STATUS_BY_KIND } from './errors.js';

describe('error codes', () => {
  it('lists every code of every feature with its kind', () => {
    for (const table of Object.values(ERROR_TABLES)) {
      for (const [code, spec] of Object.entries(table)) expect([code, ERROR_CODES[code as keyof typeof ERROR_CODES]]).toEqual([code, spec.kind]);
    }
  });

  it('gives a code used by two features the same kind in both', () => {
    const kinds = new Map<string, Set<string>>();
    for (const table of Object.values(ERROR_TABLES)) for (const [code, spec] of Object.entries(table)) kinds.set(code, (kinds.get(code) ?? new Set()).add(spec.kind));
    expect([...kinds].filter(([, k]) => k.size > 1)).toEqual([]);
  });

  it('maps every kind to a 4xx or 5xx status', () => {
    for (const kind of ERROR_KINDS) expect(HTTP_STATUS_BY_KIND[kind]).toBeGreaterThanOrEqual(400);
    expect(Object.keys(HTTP_STATUS_BY_KIND).sort()).toEqual([...ERROR_KINDS].sort());
  });

  it('uses upper snake case codes', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});
