// Environment every e2e test file starts with (before any app module is imported).
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.JWT_SECRET = 'e2e-test-secret-that-is-long-enough-0123456789';
process.env.ADMIN_EMAIL = 'admin@wg4.test';
process.env.ADMIN_PASSWORD = 'Bootstrap-Secret-For-Tests-7';
// Suites sign in as admin/secretariat with a password only; test/security/mfa.e2e-spec.ts sets its own roles.
process.env.MFA_REQUIRED_ROLES = '';
