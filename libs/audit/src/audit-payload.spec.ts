import { auditPayload } from './audit.service.js';

describe('auditPayload', () => {
  it('keeps changed values for ordinary entities', () => {
    expect(auditPayload({ entity: 'user', changes: { role: { from: 'a', to: 'b' } } })).toEqual({ changes: { role: { from: 'a', to: 'b' } }, metadata: null });
  });

  it('reduces a report’s changes to the names of the changed fields, whatever the caller passed', () => {
    const stored = auditPayload({
      entity: 'report',
      changes: { narrative: { from: {}, to: { en: 'draft text' } }, challenges: { from: null, to: 'secret' } },
      metadata: { version: 2 },
    });
    expect(stored).toEqual({ changes: null, metadata: { version: 2, changedFields: ['challenges', 'narrative'] } });
    expect(JSON.stringify(stored)).not.toMatch(/draft text|secret/);
    expect(auditPayload({ entity: 'report', metadata: { changedFields: ['measures'] } })).toEqual({ changes: null, metadata: { changedFields: ['measures'] } });
    expect(auditPayload({ entity: 'report' })).toEqual({ changes: null, metadata: null });
  });
});
