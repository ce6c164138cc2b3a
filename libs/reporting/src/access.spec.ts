import { reportAccess, type ReportActor, type ReportViewer } from './access.js';

const focalKen: ReportActor = { id: 'u1', role: 'focal_point', stateCode: 'KEN' };
const secretariat: ReportActor = { id: 'u2', role: 'secretariat', stateCode: null };
const admin: ReportActor = { id: 'u3', role: 'admin', stateCode: null };

/** Returns the error code, or the answer when allowed. */
const outcome = (fn: () => unknown): unknown => {
  try {
    return fn() ?? 'allowed';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('record-access policy of reports (the one table)', () => {
  it.each<[string, ReportActor, string, 'read' | 'write', string]>([
    ['a focal point reads its own State', focalKen, 'KEN', 'read', 'focal_point'],
    ['a focal point writes its own State', focalKen, 'KEN', 'write', 'focal_point'],
    ['a focal point reads another State', focalKen, 'FRA', 'read', 'OTHER_STATE'],
    ['a focal point writes another State', focalKen, 'FRA', 'write', 'OTHER_STATE'],
    ['the secretariat reads any State', secretariat, 'FRA', 'read', 'secretariat'],
    ['the secretariat writes a State’s report', secretariat, 'FRA', 'write', 'NOT_YOUR_MOVE'],
    ['an admin reads a State', admin, 'KEN', 'read', 'OTHER_STATE'],
    ['an admin writes a State', admin, 'KEN', 'write', 'OTHER_STATE'],
  ])('state: %s → %s', (_case, actor, stateCode, mode, expected) => {
    expect(outcome(() => reportAccess.state(actor, stateCode, mode))).toBe(expected);
  });

  const states = ['draft', 'submitted', 'under_review', 'returned', 'accepted'];
  it.each<[ReportViewer, string, boolean]>([
    ...states.map((s): [ReportViewer, string, boolean] => ['focal_point', s, true]),
    ['secretariat', 'draft', false],
    ['secretariat', 'submitted', true],
    ['secretariat', 'under_review', true],
    // Returned: the content is the version the secretariat returned, until the State edits it (then it is a draft).
    ['secretariat', 'returned', true],
    ['secretariat', 'accepted', true],
  ])('current content: %s on a %s report → visible %s', (viewer, workflowState, visible) => {
    expect(reportAccess.contentVisible(viewer, { workflowState })).toBe(visible);
    expect(outcome(() => reportAccess.assertContentVisible(viewer, { workflowState }))).toBe(visible ? 'allowed' : 'DRAFT_NOT_VISIBLE');
  });

  it('the SQL twin says the same as contentVisible for every viewer and state, and for no report', () => {
    // Evaluated the way PostgreSQL would: literal substitution, then the two comparisons.
    const evaluate = (viewer: string, workflowState: string | null) => {
      const sql = reportAccess.contentVisibleSql(`'${viewer}'`, workflowState === null ? 'NULL' : `'${workflowState}'`);
      const match = /^\('(\w+)' <> 'secretariat' OR (NULL|'\w+') IS DISTINCT FROM 'draft'\)$/.exec(sql);
      if (!match) throw new Error(`unexpected SQL ${sql}`);
      return match[1] !== 'secretariat' || match[2] !== "'draft'";
    };
    for (const viewer of ['focal_point', 'secretariat'] as ReportViewer[]) {
      for (const workflowState of states) expect(evaluate(viewer, workflowState)).toBe(reportAccess.contentVisible(viewer, { workflowState }));
      expect(evaluate(viewer, null)).toBe(true);
    }
  });

  it.each<[ReportViewer, number, string]>([
    ['focal_point', 0, 'allowed'],
    ['focal_point', 2, 'allowed'],
    ['secretariat', 0, 'DRAFT_NOT_VISIBLE'],
    ['secretariat', 1, 'allowed'],
  ])('history and comments: %s, %i submissions → %s', (viewer, submissions, expected) => {
    expect(outcome(() => reportAccess.assertHistoryVisible(viewer, { submissions }))).toBe(expected);
  });

  it.each<[ReportViewer, string]>([
    ['focal_point', 'all'],
    ['secretariat', 'cited'],
  ])('evidence: %s reads %s files', (viewer, scope) => {
    expect(reportAccess.evidenceScope(viewer)).toBe(scope);
  });

  it.each<[{ status: string } | null, string]>([
    [{ status: 'open' }, 'allowed'],
    [{ status: 'planned' }, 'CYCLE_CLOSED'],
    [{ status: 'closed' }, 'CYCLE_CLOSED'],
    [null, 'CYCLE_CLOSED'],
  ])('writes: cycle %j → %s', (cycle, expected) => {
    expect(outcome(() => reportAccess.assertCycleOpen(cycle))).toBe(expected);
  });
});
