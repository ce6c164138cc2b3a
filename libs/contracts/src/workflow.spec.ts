import { nextState, TRANSITIONS, WORKFLOW_ACTIONS, type FromState, type WorkflowAction, type WorkflowActor } from './workflow.js';

const ok = (from: FromState, action: WorkflowAction, actor: WorkflowActor, comment?: string) => {
  const r = nextState(from, action, actor, comment);
  if (!r.ok) throw new Error(`${from} -${action}-> refused: ${r.reason}`);
  return r.transition;
};

describe('report workflow transitions', () => {
  it('none → draft on the first save by the focal point', () => expect(ok('none', 'save', 'focal_point').to).toBe('draft'));
  it('draft → draft on save', () => expect(ok('draft', 'save', 'focal_point').to).toBe('draft'));
  it('draft → submitted on submit, freezing a version', () => expect(ok('draft', 'submit', 'focal_point')).toMatchObject({ to: 'submitted', createsVersion: true }));
  it('submitted → submitted on a repeated submit (no-op)', () => expect(ok('submitted', 'submit', 'focal_point')).toMatchObject({ to: 'submitted', noop: true }));
  it('submitted → draft on withdraw', () => expect(ok('submitted', 'withdraw', 'focal_point').to).toBe('draft'));
  it('submitted → under_review when the secretariat opens it', () => expect(ok('submitted', 'start_review', 'secretariat').to).toBe('under_review'));
  it('submitted → accepted (review is optional)', () => expect(ok('submitted', 'accept', 'secretariat').to).toBe('accepted'));
  it('submitted → returned with a comment', () => expect(ok('submitted', 'return', 'secretariat', 'please add data').to).toBe('returned'));
  it('under_review → under_review on a repeated start_review (no-op)', () => expect(ok('under_review', 'start_review', 'secretariat').noop).toBe(true));
  it('under_review → accepted', () => expect(ok('under_review', 'accept', 'secretariat').to).toBe('accepted'));
  it('under_review → returned with a comment', () => expect(ok('under_review', 'return', 'secretariat', 'see note').to).toBe('returned'));
  it('returned → draft on the focal point’s next edit', () => expect(ok('returned', 'save', 'focal_point').to).toBe('draft'));
  it('accepted → accepted on a repeated accept (no-op)', () => expect(ok('accepted', 'accept', 'secretariat').noop).toBe(true));

  it('refuses return without a comment', () => {
    expect(nextState('submitted', 'return', 'secretariat', '  ')).toEqual({ ok: false, reason: 'COMMENT_REQUIRED' });
    expect(nextState('under_review', 'return', 'secretariat')).toEqual({ ok: false, reason: 'COMMENT_REQUIRED' });
  });

  it('refuses moves by the wrong actor', () => {
    expect(nextState('draft', 'submit', 'secretariat')).toEqual({ ok: false, reason: 'NOT_YOUR_MOVE' });
    expect(nextState('submitted', 'accept', 'focal_point')).toEqual({ ok: false, reason: 'NOT_YOUR_MOVE' });
    expect(nextState('none', 'save', 'secretariat')).toEqual({ ok: false, reason: 'NOT_YOUR_MOVE' });
  });

  it('refuses everything not in the table, e.g. editing a submitted or accepted report', () => {
    const allowed = new Set(Object.entries(TRANSITIONS).flatMap(([from, moves]) => Object.keys(moves).map((a) => `${from}:${a}`)));
    let refused = 0;
    for (const from of Object.keys(TRANSITIONS) as FromState[]) {
      for (const action of WORKFLOW_ACTIONS) {
        if (allowed.has(`${from}:${action}`)) continue;
        for (const actor of ['focal_point', 'secretariat'] as const) {
          expect(nextState(from, action, actor)).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
          refused++;
        }
      }
    }
    expect(refused).toBe(2 * (6 * 6 - allowed.size));
    expect(nextState('submitted', 'save', 'focal_point')).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
    expect(nextState('accepted', 'save', 'focal_point')).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
    expect(nextState('draft', 'withdraw', 'focal_point')).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
    expect(nextState('accepted', 'return', 'secretariat', 'x')).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
  });
});
