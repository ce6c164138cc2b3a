import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import * as zxcvbnFr from '@zxcvbn-ts/language-fr';
import * as zxcvbnEs from '@zxcvbn-ts/language-es-es';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 accepts more, but nobody types this much and it bounds hashing cost. */
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's scale: 3 = "safely unguessable: moderate protection from an offline slow-hash scenario". */
export const PASSWORD_MIN_SCORE = 3;
/**
 * zxcvbn's cost grows with the length it analyses (hundreds of ms for 256 characters on this hardware); a password
 * whose first 64 characters are strong is strong.
 */
const ESTIMATE_PREFIX = 64;
/** Words of this system that people build passwords from. */
const DOMAIN_WORDS = ['unodc', 'wg4', 'trafficking', 'protocol', 'palermo', 'secretariat', 'focalpoint', 'followup', 'vienna', 'working group'];

let estimator: ZxcvbnFactory | undefined;
/** Built on first use (loading the dictionaries takes a second or two), then reused. */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnFr.dictionary, ...zxcvbnEs.dictionary, userInputs: DOMAIN_WORDS },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return estimator;
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (typeof password !== 'string') return 'password must be a string';
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return 'password uses too few different characters';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'password must not contain your e-mail name';
  const personal = [context.email, local, ...(context.name?.split(/\s+/) ?? [])].filter((s): s is string => !!s && s.length >= 3);
  const result = strength().check([...password].slice(0, ESTIMATE_PREFIX).join(''), personal);
  if (result.score < PASSWORD_MIN_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning})` : '';
    return `password is too easy to guess${hint}: use a longer phrase of unrelated words`;
  }
  return null;
}
