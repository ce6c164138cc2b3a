/**
 * The implementation-report workflow as one pure table. Services ask `nextState()` and persist; nothing else decides
 * which move is allowed.
 *
 *   (none) ─save→ draft ─submit→ submitted ─start_review→ under_review ─accept→ accepted
 *                  ↑  ↖withdraw─┘     └──────────accept / return──────────┘      │
 *                  └──── save ──── returned ←────────────── return ─────────────┘
 */
export const WORKFLOW_STATES = ['draft', 'submitted', 'under_review', 'accepted', 'returned'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

/** `none` is the state of a report that does not exist yet. */
export type FromState = WorkflowState | 'none';

export const WORKFLOW_ACTIONS = ['save', 'submit', 'withdraw', 'start_review', 'accept', 'return'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Who performs an action: the State's own focal point, or the secretariat. */
export type WorkflowActor = 'focal_point' | 'secretariat';

export interface Transition {
  to: WorkflowState;
  by: WorkflowActor;
  /** Repeating the move changes nothing (e.g. submitting a submitted report). */
  noop?: boolean;
  /** The move needs a comment (returning a report). */
  requiresComment?: boolean;
  /** The move freezes the content as a new immutable version. */
  createsVersion?: boolean;
}

export const TRANSITIONS: Record<FromState, Partial<Record<WorkflowAction, Transition>>> = {
  none: {
    save: { to: 'draft', by: 'focal_point' },
  },
  draft: {
    save: { to: 'draft', by: 'focal_point' },
    submit: { to: 'submitted', by: 'focal_point', createsVersion: true },
  },
  submitted: {
    submit: { to: 'submitted', by: 'focal_point', noop: true },
    withdraw: { to: 'draft', by: 'focal_point' },
    start_review: { to: 'under_review', by: 'secretariat' },
    accept: { to: 'accepted', by: 'secretariat' },
    return: { to: 'returned', by: 'secretariat', requiresComment: true },
  },
  under_review: {
    start_review: { to: 'under_review', by: 'secretariat', noop: true },
    accept: { to: 'accepted', by: 'secretariat' },
    return: { to: 'returned', by: 'secretariat', requiresComment: true },
  },
  returned: {
    save: { to: 'draft', by: 'focal_point' },
  },
  accepted: {
    accept: { to: 'accepted', by: 'secretariat', noop: true },
  },
};

export type TransitionRefusal = 'INVALID_TRANSITION' | 'NOT_YOUR_MOVE' | 'COMMENT_REQUIRED';

export type TransitionResult = { ok: true; transition: Transition } | { ok: false; reason: TransitionRefusal };

/** Whether `actor` may apply `action` to a report in state `from`, and where it leads. */
export function nextState(from: FromState, action: WorkflowAction, actor: WorkflowActor, comment?: string | null): TransitionResult {
  const transition = TRANSITIONS[from]?.[action];
  if (!transition) return { ok: false, reason: 'INVALID_TRANSITION' };
  if (transition.by !== actor) return { ok: false, reason: 'NOT_YOUR_MOVE' };
  if (transition.requiresComment && !comment?.trim()) return { ok: false, reason: 'COMMENT_REQUIRED' };
  return { ok: true, transition };
}
