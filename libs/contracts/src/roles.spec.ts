import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, roleHas } from './roles.js';

describe('role → permission map', () => {
  it('grants only known permissions', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it('keeps admins out of catalogue writing and focal points out of accounts and the audit trail', () => {
    expect(roleHas('admin', 'users:manage')).toBe(true);
    expect(roleHas('admin', 'catalogue:write')).toBe(false);
    expect(roleHas('secretariat', 'users:manage')).toBe(false);
    expect(roleHas('secretariat', 'audit:read')).toBe(true);
    expect(roleHas('focal_point', 'audit:read')).toBe(false);
    expect(roleHas('focal_point', 'users:manage')).toBe(false);
  });

  it('keeps admins out of reports, focal points out of reviewing, the secretariat out of writing reports', () => {
    for (const p of ['cycles:read', 'reports:read', 'reports:write', 'reports:review', 'reports:comment'] as const) expect(roleHas('admin', p)).toBe(false);
    expect(roleHas('focal_point', 'reports:review')).toBe(false);
    expect(roleHas('focal_point', 'cycles:manage')).toBe(false);
    expect(roleHas('secretariat', 'reports:write')).toBe(false);
  });

  it('is snapshotted: a change here is a permission change to review', () => {
    expect(ROLE_PERMISSIONS).toMatchSnapshot();
  });
});
