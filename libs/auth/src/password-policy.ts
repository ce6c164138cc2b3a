import { COMMON_PASSWORDS, COMMON_STEMS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 accepts more, but nobody types this much and it bounds hashing cost. */
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));
const stems = new Set(COMMON_STEMS);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (typeof password !== 'string') return 'password must be a string';
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'password is too common';
  // A common word padded with digits, punctuation or symbols (\W would also eat CJK letters, hence \p{…}).
  if (stems.has(lower.replace(/[\d\p{P}\p{S}\s_]+$/u, ''))) return 'password is too common';
  if (new Set(lower).size <= 3) return 'password uses too few different characters';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'password must not contain your e-mail name';
  return null;
}
