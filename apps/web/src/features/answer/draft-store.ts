import type { AnswerValues } from './answer-values';

/**
 * Unsaved input, kept in localStorage per cycle, State and recommendation until the server has confirmed it: a
 * reload, a crash or a lost connection loses nothing. `version` is the report's version the input was typed over, so
 * that a later save still detects another focal point's save in between (If-Match → 412).
 */
export interface LocalDraft {
  values: AnswerValues;
  version: number | null;
  savedAt: string;
}

const keyOf = (cycleId: string, stateCode: string, recommendationId: string) => `wg4.answer.${cycleId}.${stateCode}.${recommendationId}`;

export function readDraft(cycleId: string, stateCode: string, recommendationId: string): LocalDraft | null {
  try {
    const text = localStorage.getItem(keyOf(cycleId, stateCode, recommendationId));
    if (!text) return null;
    const draft = JSON.parse(text) as LocalDraft;
    return draft && typeof draft === 'object' && draft.values ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft(cycleId: string, stateCode: string, recommendationId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(keyOf(cycleId, stateCode, recommendationId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy is then the only one (the save state still says what is not saved).
  }
}

export function clearDraft(cycleId: string, stateCode: string, recommendationId: string): void {
  try {
    localStorage.removeItem(keyOf(cycleId, stateCode, recommendationId));
  } catch {
    // ignore
  }
}
