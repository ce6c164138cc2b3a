import { ReportError } from './reporting-errors.js';

/** Who acts on reports: the caller's role and, for focal points, their State. */
export interface ReportActor {
  id: string;
  role: string;
  stateCode: string | null;
}

/**
 * Record-level rule: a focal point reads and writes only its own State; the secretariat reads every State (drafts'
 * contents excepted, checked where content is returned) and writes none. Route permissions keep admins out.
 */
export function assertStateAccess(actor: ReportActor, stateCode: string, mode: 'read' | 'write'): 'focal_point' | 'secretariat' {
  if (actor.role === 'focal_point') {
    if (actor.stateCode !== stateCode) throw new ReportError('OTHER_STATE');
    return 'focal_point';
  }
  if (actor.role === 'secretariat') {
    if (mode === 'write') throw new ReportError('NOT_YOUR_MOVE', 'The secretariat never writes a State’s report.');
    return 'secretariat';
  }
  throw new ReportError('OTHER_STATE');
}
