import { ReportError } from './reporting-errors.js';

/** Who acts on reports: the caller's role and, for focal points, their State. */
export interface ReportActor {
  id: string;
  role: string;
  stateCode: string | null;
}

/** How a reader sees a State's reports: as that State's own focal point, or as the secretariat. */
export type ReportViewer = 'focal_point' | 'secretariat';

/**
 * The record-access policy of implementation reports — the one place that decides it; reports, evidence, cycles and
 * summaries all ask here (the unit spec beside it is the table of every case):
 * - a focal point reads and writes its own State only; the secretariat reads every State and writes none (route
 *   permissions keep admins out altogether);
 * - the secretariat never sees a draft's content — a returned report that the State edits is a draft again — but sees
 *   submitted versions, reviews and comments once the State has submitted;
 * - of the evidence, the secretariat reads only files a submitted version cites;
 * - reports (and their evidence) are written only while their cycle is open.
 */
export const reportAccess = {
  /** Throws OTHER_STATE / NOT_YOUR_MOVE; returns how the actor sees the State's reports. */
  state(actor: ReportActor, stateCode: string, mode: 'read' | 'write'): ReportViewer {
    if (actor.role === 'focal_point') {
      if (actor.stateCode !== stateCode) throw new ReportError('OTHER_STATE');
      return 'focal_point';
    }
    if (actor.role === 'secretariat') {
      if (mode === 'write') throw new ReportError('NOT_YOUR_MOVE', 'The secretariat never writes a State’s report.');
      return 'secretariat';
    }
    throw new ReportError('OTHER_STATE');
  },

  /** The current content of a report. */
  contentVisible(viewer: ReportViewer, report: { workflowState: string }): boolean {
    return viewer !== 'secretariat' || report.workflowState !== 'draft';
  },

  /** SQL twin of contentVisible, for lists: `viewer` and `workflowState` are SQL expressions. */
  contentVisibleSql(viewer: string, workflowState: string): string {
    return `(${viewer} <> 'secretariat' OR ${workflowState} IS DISTINCT FROM 'draft')`;
  },

  assertContentVisible(viewer: ReportViewer, report: { workflowState: string }): void {
    if (!reportAccess.contentVisible(viewer, report)) throw new ReportError('DRAFT_NOT_VISIBLE');
  },

  /** Submitted versions, reviews and comments (and commenting): there once the State has submitted. */
  assertHistoryVisible(viewer: ReportViewer, report: { submissions: number }): void {
    if (viewer === 'secretariat' && report.submissions === 0) throw new ReportError('DRAFT_NOT_VISIBLE');
  },

  /** Which evidence files a viewer may read: all of them, or only those a submitted version cites. */
  evidenceScope(viewer: ReportViewer): 'all' | 'cited' {
    return viewer === 'secretariat' ? 'cited' : 'all';
  },

  /** Writes need an open cycle (callers hold a lock on the cycle row so that a concurrent close cannot slip in). */
  assertCycleOpen(cycle: { status: string } | null | undefined): void {
    if (cycle?.status !== 'open') throw new ReportError('CYCLE_CLOSED', cycle ? `The cycle is ${cycle.status}.` : undefined);
  },
};
