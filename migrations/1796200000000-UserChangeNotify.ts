import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 21 (ADR 0011): every change to a user that the per-request access check reads — deactivation, role or
 * State, token version (password change, reset, sign-out everywhere), a pending password change, MFA on/off, name
 * and e-mail (they are on the request's principal) — and every session ended or shortened sends
 * `NOTIFY auth_user_changed, '<user id>'`. A trigger is the one place: whatever code path makes the change, the
 * notification is part of its transaction (PostgreSQL delivers it at commit, and never for a rollback), so the API
 * replicas' user-row caches drop the user when, and only when, the change is visible.
 */
export class UserChangeNotify1796200000000 implements MigrationInterface {
  name = 'UserChangeNotify1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION auth_user_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('auth_user_changed', OLD.id::text);
        ELSE
          PERFORM pg_notify('auth_user_changed', OLD.user_id::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_users_changed_notify" AFTER UPDATE ON "users" FOR EACH ROW
        WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
           OR OLD.state_code IS DISTINCT FROM NEW.state_code OR OLD.token_version IS DISTINCT FROM NEW.token_version
           OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password
           OR OLD.mfa_enabled IS DISTINCT FROM NEW.mfa_enabled OR OLD.password_hash IS DISTINCT FROM NEW.password_hash
           OR OLD.email IS DISTINCT FROM NEW.email OR OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION auth_user_changed_notify()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_users_deleted_notify" AFTER DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION auth_user_changed_notify()`);
    await queryRunner.query(`
      CREATE TRIGGER "TRG_auth_sessions_changed_notify" AFTER UPDATE ON "auth_sessions" FOR EACH ROW
        WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
           OR OLD.user_id IS DISTINCT FROM NEW.user_id)
        EXECUTE FUNCTION auth_user_changed_notify()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_auth_sessions_deleted_notify" AFTER DELETE ON "auth_sessions" FOR EACH ROW EXECUTE FUNCTION auth_user_changed_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_auth_sessions_deleted_notify" ON "auth_sessions"`);
    await queryRunner.query(`DROP TRIGGER "TRG_auth_sessions_changed_notify" ON "auth_sessions"`);
    await queryRunner.query(`DROP TRIGGER "TRG_users_deleted_notify" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "TRG_users_changed_notify" ON "users"`);
    await queryRunner.query(`DROP FUNCTION auth_user_changed_notify()`);
  }
}
