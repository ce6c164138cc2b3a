import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The 256-bit key TOTP secrets are encrypted with: HKDF-SHA-256 over MFA_ENCRYPTION_KEY when it is set, otherwise
 * over JWT_SECRET (with its own salt and info, so the derived key is unrelated to the signing key).
 */
export function deriveMfaKey(config: { JWT_SECRET: string; MFA_ENCRYPTION_KEY?: string }): Buffer {
  const ikm = Buffer.from(config.MFA_ENCRYPTION_KEY ?? config.JWT_SECRET, 'utf8');
  return Buffer.from(hkdfSync('sha256', ikm, 'wg4-follow-up/mfa', 'totp-secret-encryption-v1', 32));
}

/**
 * AES-256-GCM with a random 96-bit IV. `context` (the user id) is authenticated data: a ciphertext copied onto another
 * user's row does not decrypt. The result is `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export function encryptSecret(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Throws when the value was altered, the context differs, or the key is not the one it was encrypted with. */
export function decryptSecret(key: Buffer, sealed: string, context: string): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) throw new Error('Unknown MFA secret format');
  const ivBytes = Buffer.from(iv, 'base64url');
  const tagBytes = Buffer.from(tag, 'base64url');
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new Error('Unknown MFA secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tagBytes);
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

// Crockford-like alphabet without 0/o, 1/l/i: easy to read from paper and type back.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_LENGTH = 16;

/** A recovery code: 16 characters (≈ 79 bits) shown as four groups, e.g. `k7qm-x2ra-9fdh-tc4n`. */
export function generateRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return code.match(/.{4}/g)!.join('-');
}

/** What the user typed, reduced to the code's characters (case, spaces and dashes do not matter). */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function looksLikeRecoveryCode(input: string): boolean {
  return normaliseRecoveryCode(input).length === RECOVERY_LENGTH;
}

/**
 * Recovery codes are stored as SHA-256 of their normalised form. At ≈ 79 bits of entropy a fast hash is enough:
 * a stolen table cannot be searched, and checking a code costs nothing.
 */
export function hashRecoveryCode(input: string): string {
  return createHash('sha256').update(`wg4-recovery:${normaliseRecoveryCode(input)}`).digest('hex');
}
