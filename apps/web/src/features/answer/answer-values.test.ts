import { describe, expect, it } from 'vitest';
import { canonical, differingFields, merge, saveBodyOf, type AnswerValues } from './answer-values';

const values = (over: Partial<AnswerValues> = {}): AnswerValues => ({
  implementationStatus: 'in_progress',
  narrative: { en: 'A plan' },
  measures: [],
  evidence: [],
  challenges: '',
  assistanceNeeded: false,
  assistanceType: null,
  assistanceDetails: '',
  ...over,
});

describe('the save body of an answer', () => {
  it('leaves half-filled rows and empty texts out, and says it is incomplete', () => {
    const save = saveBodyOf(values({ narrative: { en: 'x', fr: '  ' }, measures: [{ type: 'policy', description: 'Plan' }, { type: '', description: 'no type' }], evidence: [{ title: 'Law', url: 'notaurl' }] }));
    expect(save.body.narrative).toEqual({ en: 'x' });
    expect(save.body.measures).toEqual([{ type: 'policy', description: 'Plan' }]);
    expect(save.body.evidence).toEqual([]);
    expect(save.body.challenges).toBeNull();
    expect(save.complete).toBe(false);
  });

  it('blocks "not applicable" without a narrative (the server refuses it, on a draft too)', () => {
    expect(saveBodyOf(values({ implementationStatus: 'not_applicable', narrative: {} })).blocked).toBe('justification');
    expect(saveBodyOf(values({ implementationStatus: 'not_applicable' })).blocked).toBeNull();
  });
});

describe('a conflict resolved field by field', () => {
  const mine = values({ narrative: { en: 'mine', fr: 'le mien' }, challenges: 'funding' });
  const theirs = values({ implementationStatus: 'planned', narrative: { en: 'theirs' } });

  it('lists each differing field, narrative per language', () => {
    expect(differingFields(mine, theirs).map((f) => (f.kind === 'narrative' ? `narrative.${f.language}` : f.name))).toEqual(['implementationStatus', 'narrative.en', 'narrative.fr', 'challenges']);
  });

  it('takes theirs except the fields kept as mine', () => {
    const merged = merge(mine, theirs, new Set(['narrative.fr', 'challenges']));
    expect(merged.implementationStatus).toBe('planned');
    expect(merged.narrative).toEqual({ en: 'theirs', fr: 'le mien' });
    expect(merged.challenges).toBe('funding');
    expect(canonical(merge(mine, theirs, new Set()))).toBe(canonical(theirs));
  });
});
