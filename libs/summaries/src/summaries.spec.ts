import { describe, expect, it } from '@jest/globals';
import { distribution } from './summaries.service.js';
import { countedCte, overviewSql, stateProfileSql } from './summary-queries.js';

describe('distribution', () => {
  it('adds "no information" for the pairs nobody answered, never "not implemented"', () => {
    expect(distribution({ planned: 2, fully_implemented: 1 }, 10)).toEqual({
      not_started: 0,
      planned: 2,
      in_progress: 0,
      partially_implemented: 0,
      fully_implemented: 1,
      not_applicable: 0,
      no_information: 7,
    });
  });

  it('treats a missing row as all "no information" and never goes negative', () => {
    expect(distribution(null, 4).no_information).toBe(4);
    expect(distribution({ planned: 5 }, 4).no_information).toBe(0);
  });
});

describe('summary SQL', () => {
  it('counts from the reports table now, and from the state-change history as of a time', () => {
    expect(countedCte(false)).toContain('FROM implementation_reports');
    expect(countedCte(false)).not.toContain('report_state_changes');
    expect(countedCte(true)).toContain('FROM report_state_changes');
    expect(countedCte(true)).toContain('changed_at <= $3::timestamptz');
  });

  it('narrows a State profile to the State inside the history scan', () => {
    expect(stateProfileSql(true)).toContain('AND c.state_code = $4');
  });

  it('aggregates in SQL (GROUPING SETS and FILTER), one statement per summary', () => {
    const sql = overviewSql(false);
    expect(sql).toContain('GROUPING SETS');
    expect(sql).toContain('FILTER (WHERE');
    expect(sql.trim().startsWith('WITH')).toBe(true);
  });
});
