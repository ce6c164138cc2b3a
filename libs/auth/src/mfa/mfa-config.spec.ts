import { loadAuthEnv, mfaRequiredRoles } from '../auth.config.js';

const KEY = { JWT_SECRET: 'unit-test-secret-that-is-long-enough-0123456789' };

describe('MFA configuration', () => {
  const roles = (env: Record<string, string | undefined>) => [...mfaRequiredRoles(loadAuthEnv({ NODE_ENV: 'test', ...KEY, ...env }))].sort();

  it('requires MFA for admin and secretariat by default', () => {
    expect(roles({})).toEqual(['admin', 'secretariat']);
    expect(loadAuthEnv({ NODE_ENV: 'test', ...KEY }).MFA_ISSUER).toBe('WG.4 Follow-up');
  });

  it('reads a list; an explicitly empty value or `none` means nobody', () => {
    expect(roles({ MFA_REQUIRED_ROLES: ' admin , focal_point' })).toEqual(['admin', 'focal_point']);
    expect(roles({ MFA_REQUIRED_ROLES: '' })).toEqual([]);
    expect(roles({ MFA_REQUIRED_ROLES: '  ' })).toEqual([]);
    expect(roles({ MFA_REQUIRED_ROLES: 'none' })).toEqual([]);
  });

  it('refuses unknown roles and a short MFA_ENCRYPTION_KEY, naming the variable', () => {
    expect(() => loadAuthEnv({ ...KEY, MFA_REQUIRED_ROLES: 'admin,root' })).toThrow(/MFA_REQUIRED_ROLES/);
    expect(() => loadAuthEnv({ ...KEY, MFA_ENCRYPTION_KEY: 'short' })).toThrow(/MFA_ENCRYPTION_KEY/);
  });
});
