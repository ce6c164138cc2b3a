import { diffFields } from './audit-diff.js';

describe('diffFields', () => {
  it('lists only the changed fields among those asked for', () => {
    const before = { name: 'A', role: 'admin', active: true, secret: 'x' };
    const after = { name: 'B', role: 'admin', active: false, secret: 'y' };
    expect(diffFields(before, after, ['name', 'role', 'active'])).toEqual({
      name: { from: 'A', to: 'B' },
      active: { from: true, to: false },
    });
  });

  it('treats a creation as a change from null and compares dates by value', () => {
    const d = new Date('2026-01-01T00:00:00Z');
    expect(diffFields(null, { at: d }, ['at'])).toEqual({ at: { from: null, to: '2026-01-01T00:00:00.000Z' } });
    expect(diffFields({ at: new Date(d) }, { at: d }, ['at'])).toEqual({});
  });
});
