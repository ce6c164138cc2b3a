import { describe, expect, it } from '@jest/globals';
import { distribution } from './summaries.service.js';
import { countedCte, nonReportingRollupSql, overviewRollupSql, overviewSql, stateProfileSql, trendsRollupSql } from './summary-queries.js';
import { enoughStates, MIN_GROUP_STATES, minGroupStates, suppressGroups } from './summary-suppression.js';

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

describe('summary SQL from the rollup', () => {
  it('reads the rollup, never the reports, for the overview, non-reporting and trends', () => {
    for (const sql of [overviewRollupSql(false), overviewRollupSql(false, true), nonReportingRollupSql(false), trendsRollupSql(false)]) {
      expect(sql).toContain('FROM summary_rollups');
      expect(sql).not.toContain('implementation_reports');
      expect(sql).not.toContain('report_state_changes');
    }
    expect(overviewRollupSql(false)).toContain('FROM summary_rollup_totals');
  });

  it('as of a time: the rollup minus its history after the time', () => {
    expect(overviewRollupSql(true)).toContain('FROM summary_rollup_changes');
    expect(overviewRollupSql(true)).toContain('r.changed_at > $3::timestamptz');
    expect(overviewRollupSql(false)).not.toContain('summary_rollup_changes');
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

describe('small-group suppression', () => {
  const groups = new Map([
    ['WEOG', ['FRA', 'DEU', 'ITA']],
    ['EEG', ['POL']],
    ['AFRICAN', ['KEN']],
  ]);

  it('hides groups with fewer than `min` other States, the viewer’s own not counting', () => {
    expect(enoughStates(['KEN', 'FRA', 'DEU'], 'KEN', 3)).toBe(false);
    expect(enoughStates(['KEN', 'FRA', 'DEU', 'ITA'], 'KEN', 3)).toBe(true);
    expect(suppressGroups(['WEOG', 'AFRICAN'], groups, 'KEN', 3)).toEqual(new Map([['AFRICAN', 'FEWER_THAN_MIN_STATES']]));
    expect(suppressGroups(['WEOG'], groups, 'FRA', 3)).toEqual(new Map([['WEOG', 'FEWER_THAN_MIN_STATES']]));
  });

  it('hides a shown group too when the hidden ones together would hold fewer than `min` other States', () => {
    expect(suppressGroups(['WEOG', 'EEG', 'AFRICAN'], groups, 'KEN', 3)).toEqual(
      new Map([
        ['EEG', 'FEWER_THAN_MIN_STATES'],
        ['AFRICAN', 'FEWER_THAN_MIN_STATES'],
        ['WEOG', 'COMPLEMENT'],
      ]),
    );
    const enough = new Map([...groups, ['GRULAC', ['BRA']], ['ASIA', ['JPN']]]);
    expect(suppressGroups(['WEOG', 'EEG', 'GRULAC', 'ASIA'], enough, 'KEN', 3).has('WEOG')).toBe(false);
  });

  it('reads SUMMARY_MIN_GROUP_STATES, default 3, and refuses nonsense', () => {
    expect(MIN_GROUP_STATES).toBe(3);
    expect(minGroupStates({})).toBe(3);
    expect(minGroupStates({ SUMMARY_MIN_GROUP_STATES: '5' })).toBe(5);
    expect(() => minGroupStates({ SUMMARY_MIN_GROUP_STATES: 'two' })).toThrow(/SUMMARY_MIN_GROUP_STATES/);
    expect(() => minGroupStates({ SUMMARY_MIN_GROUP_STATES: '0' })).toThrow(/SUMMARY_MIN_GROUP_STATES/);
  });

  it('the focal-point overview also lists the States behind each group; the secretariat’s statement is unchanged', () => {
    expect(overviewSql(false)).not.toContain("'contributors'");
    expect(overviewSql(false, true)).toContain("'contributors'");
  });
});
