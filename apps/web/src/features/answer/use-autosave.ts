import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem, asProblem } from '@/lib/problem';
import { answerKeys } from './api/keys';
import { fetchReport, type Report } from './api/use-report';
import { saveReport, saveReportOnLeave } from './api/use-save-report';
import { canonical, saveBodyOf, valuesOf, type AnswerValues } from './answer-values';
import { clearDraft, readDraft, writeDraft } from './draft-store';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'blocked' | 'conflict';

export interface AutosaveState {
  values: AnswerValues;
  report: Report;
  status: SaveStatus;
  savedAt: Date | null;
  problem: ApiProblem | null;
  /** The other focal point's version, when a save met a newer one (412). */
  theirs: Report | null;
  /** When unsaved input was restored from this device on opening the page. */
  restoredAt: string | null;
  /** Whether the form differs from what the server has. */
  dirty: boolean;
}

type Key = { cycleId: string; stateCode: string; recommendationId: string };

export const AUTOSAVE_DELAY_MS = 1500;

/**
 * The answer's autosave: the form's values, saved 1.5 s after typing stops, when the tab is hidden, on leaving the
 * page (route change) and as the page unloads (fetch keepalive), always with If-Match on the version typed over.
 * Every change is first written to localStorage and removed only once the server has all of it. A 412 stops saving
 * and hands both versions to the page (`theirs`) until `resolve` is called with the merged values.
 */
export function useAutosave(key: Key, initial: Report, readOnly: boolean) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AutosaveState>(() => initialState(key, initial));
  // The current state for timers and unload handlers; `patch` updates it before each render.
  const ref = useRef(state);
  // The report the next save is made over (kept apart from render state: timers and unload handlers read it).
  const base = useRef<Report>(state.theirs ?? initial);
  const [initialVersion] = useState(() => restoredVersion(key, initial, state));
  const baseVersion = useRef<number | null>(initialVersion);
  const inflight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readOnlyRef = useRef(readOnly);
  const saveRef = useRef<() => Promise<void>>(() => Promise.resolve());
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  const patch = useCallback((next: Partial<AutosaveState>) => {
    ref.current = { ...ref.current, ...next };
    setState(ref.current);
  }, []);

  const adopt = useCallback(
    (report: Report) => {
      base.current = report;
      baseVersion.current = report.version;
      queryClient.setQueryData(answerKeys.report(key.cycleId, key.stateCode, key.recommendationId), report);
    },
    [queryClient, key.cycleId, key.stateCode, key.recommendationId],
  );

  const save = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (readOnlyRef.current || ref.current.theirs) return Promise.resolve();
    if (inflight.current) {
      again.current = true;
      return inflight.current;
    }
    const values = ref.current.values;
    const snapshot = canonical(values);
    const { body, complete, blocked } = saveBodyOf(values);
    if (blocked) {
      patch({ status: 'blocked' });
      return Promise.resolve();
    }
    if (!ref.current.dirty && base.current.id !== null) return Promise.resolve();
    patch({ status: 'saving', problem: null });
    const run = (async () => {
      try {
        const report = await saveReport(key, baseVersion.current, body);
        adopt(report);
        const unchanged = canonical(ref.current.values) === snapshot;
        if (unchanged && complete) clearDraft(key.cycleId, key.stateCode, key.recommendationId);
        else writeDraft(key.cycleId, key.stateCode, key.recommendationId, { values: ref.current.values, version: report.version, savedAt: new Date().toISOString() });
        // Typed meanwhile: the debounce timer that typing set saves it (not at once, which would save per round trip).
        patch({ report, status: unchanged ? 'saved' : 'pending', savedAt: new Date(), dirty: !unchanged || !complete, problem: null });
      } catch (error) {
        const problem = asProblem(error);
        if (problem.status === 412) {
          // Another focal point of the State saved meanwhile: show both, save nothing until the person decides.
          try {
            const theirs = await fetchReport(key);
            patch({ theirs, status: 'conflict', problem: null });
          } catch (fetchError) {
            patch({ status: 'error', problem: asProblem(fetchError) });
          }
        } else {
          patch({ status: 'error', problem });
        }
        again.current = false;
      } finally {
        inflight.current = null;
      }
      if (again.current) {
        again.current = false;
        await saveRef.current();
      }
    })();
    inflight.current = run;
    return run;
  }, [adopt, key, patch]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const setValues = useCallback(
    (update: (values: AnswerValues) => AnswerValues) => {
      if (readOnlyRef.current) return;
      const values = update(ref.current.values);
      writeDraft(key.cycleId, key.stateCode, key.recommendationId, { values, version: baseVersion.current, savedAt: new Date().toISOString() });
      patch({ values, dirty: true, status: ref.current.theirs ? 'conflict' : saveBodyOf(values).blocked ? 'blocked' : 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [key.cycleId, key.stateCode, key.recommendationId, patch, save],
  );

  /** Saves now and waits until the server has everything (for submit and uploads); false when it could not. */
  const flush = useCallback(async (): Promise<boolean> => {
    for (let i = 0; i < 5; i++) {
      if (inflight.current) await inflight.current;
      if (ref.current.theirs || ref.current.status === 'error' || ref.current.status === 'blocked') return false;
      if (!ref.current.dirty && base.current.id !== null) return true;
      await save();
    }
    return !ref.current.dirty;
  }, [save]);

  /** The conflict decided: the merged values are saved over their version. */
  const resolve = useCallback(
    (merged: AnswerValues) => {
      const theirs = ref.current.theirs;
      if (!theirs) return;
      adopt(theirs);
      const same = canonical(merged) === canonical(valuesOf(theirs));
      if (same) clearDraft(key.cycleId, key.stateCode, key.recommendationId);
      else writeDraft(key.cycleId, key.stateCode, key.recommendationId, { values: merged, version: theirs.version, savedAt: new Date().toISOString() });
      patch({ values: merged, report: theirs, theirs: null, dirty: !same, status: same ? 'saved' : 'pending', savedAt: same ? new Date() : ref.current.savedAt, restoredAt: null });
      if (!same) void save();
    },
    [adopt, key.cycleId, key.stateCode, key.recommendationId, patch, save],
  );

  /** Drops the input restored from this device: back to the server's version. */
  const discardLocal = useCallback(() => {
    clearDraft(key.cycleId, key.stateCode, key.recommendationId);
    patch({ values: valuesOf(base.current), dirty: false, restoredAt: null, status: 'idle', theirs: null });
  }, [key.cycleId, key.stateCode, key.recommendationId, patch]);

  /** A report the server changed by another call (upload, removal, submit, withdraw). */
  const replaceReport = useCallback(
    (report: Report) => {
      adopt(report);
      patch({ report });
    },
    [adopt, patch],
  );

  // A restored or conflicting draft is saved (or shown) at once.
  useEffect(() => {
    if (ref.current.restoredAt && !ref.current.theirs && !readOnlyRef.current) void save();
  }, [save]);

  // Leaving: the tab hidden saves now; the page unloading sends what is unsaved with keepalive; a route change saves.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && ref.current.dirty) void save();
    };
    const onUnload = () => {
      if (!ref.current.dirty || ref.current.theirs || readOnlyRef.current) return;
      const { body, blocked } = saveBodyOf(ref.current.values);
      if (!blocked) saveReportOnLeave(key, baseVersion.current, body);
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onUnload);
    };
  }, [key, save]);

  // Leaving the page (route change): save what is unsaved. Only on unmount, never when a callback changes.
  useEffect(
    () => () => {
      if (ref.current.dirty) void saveRef.current();
    },
    [],
  );

  return { ...state, setValues, save, flush, resolve, discardLocal, replaceReport };
}

function initialState(key: Key, report: Report): AutosaveState {
  const server = valuesOf(report);
  const draft = readDraft(key.cycleId, key.stateCode, key.recommendationId);
  const plain: AutosaveState = { values: server, report, status: 'idle', savedAt: report.updatedAt ? new Date(report.updatedAt) : null, problem: null, theirs: null, restoredAt: null, dirty: false };
  if (!draft) return plain;
  if (canonical(draft.values) === canonical(server)) {
    clearDraft(key.cycleId, key.stateCode, key.recommendationId);
    return plain;
  }
  // Typed over an older version than the server's now: another save came in between — resolve it as a conflict,
  // unless the server holds exactly what this device could send (its own save as the page unloaded).
  const ownSave = canonical(valuesOf({ ...report, ...saveBodyOf(draft.values).body } as Report)) === canonical(server);
  const stale = draft.version !== report.version && !ownSave;
  return { ...plain, values: draft.values, dirty: true, restoredAt: draft.savedAt, status: stale ? 'conflict' : 'pending', theirs: stale ? report : null };
}

function restoredVersion(key: Key, report: Report, state: AutosaveState): number | null {
  if (!state.restoredAt || state.theirs) return report.version;
  const draft = readDraft(key.cycleId, key.stateCode, key.recommendationId);
  if (!draft) return report.version;
  const ownSave = canonical(valuesOf({ ...report, ...saveBodyOf(draft.values).body } as Report)) === canonical(valuesOf(report));
  return ownSave ? report.version : draft.version;
}
