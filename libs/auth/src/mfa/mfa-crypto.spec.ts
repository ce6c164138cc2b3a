import { randomBytes } from 'node:crypto';
import { decryptSecret, deriveMfaKey, encryptSecret, generateRecoveryCode, hashRecoveryCode, looksLikeRecoveryCode } from './mfa-crypto.js';

const config = { JWT_SECRET: 'unit-test-secret-that-is-long-enough-0123456789' };

describe('MFA secret encryption (AES-256-GCM, HKDF key)', () => {
  const key = deriveMfaKey(config);
  const userId = '6f1d7c1e-2a8b-4f0e-9a55-0c2b7e4d9f10';

  it('round-trips, with a fresh IV each time', () => {
    const a = encryptSecret(key, 'JBSWY3DPEHPK3PXP', userId);
    const b = encryptSecret(key, 'JBSWY3DPEHPK3PXP', userId);
    expect(a).not.toEqual(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(key, a, userId)).toBe('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(key, b, userId)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('derives a 256-bit key that is not the JWT secret, and a different one from MFA_ENCRYPTION_KEY', () => {
    expect(key).toHaveLength(32);
    expect(key.toString('utf8')).not.toContain(config.JWT_SECRET.slice(0, 8));
    expect(deriveMfaKey(config).equals(key)).toBe(true);
    expect(deriveMfaKey({ ...config, MFA_ENCRYPTION_KEY: 'a-separate-key-for-mfa-secrets-0123456789' }).equals(key)).toBe(false);
  });

  it('detects tampering with the ciphertext, the tag or the IV', () => {
    const sealed = encryptSecret(key, 'JBSWY3DPEHPK3PXP', userId);
    const parts = sealed.split('.');
    for (const index of [1, 2, 3]) {
      const bytes = Buffer.from(parts[index], 'base64url');
      bytes[0] ^= 0x01;
      const altered = parts.map((p, i) => (i === index ? bytes.toString('base64url') : p)).join('.');
      expect(() => decryptSecret(key, altered, userId)).toThrow();
    }
  });

  it('refuses another user id (the ciphertext is bound to its row), another key, and unknown formats', () => {
    const sealed = encryptSecret(key, 'JBSWY3DPEHPK3PXP', userId);
    expect(() => decryptSecret(key, sealed, '00000000-0000-4000-8000-000000000000')).toThrow();
    expect(() => decryptSecret(randomBytes(32), sealed, userId)).toThrow();
    expect(() => decryptSecret(key, sealed.replace(/^v1/, 'v0'), userId)).toThrow(/format/);
    expect(() => decryptSecret(key, 'JBSWY3DPEHPK3PXP', userId)).toThrow(/format/);
  });
});

describe('recovery codes', () => {
  it('are 16 readable characters in four groups, distinct, and hash the same whatever the case and dashes', () => {
    const codes = Array.from({ length: 50 }, generateRecoveryCode);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    const code = codes[0];
    expect(hashRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
