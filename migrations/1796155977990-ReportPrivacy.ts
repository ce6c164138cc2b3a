import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written data migration (issue 13, holes 2, 5 and 11), no schema change:
 *
 * 1. Report audit rows written by earlier versions carried the values of a draft's changed fields (its narrative,
 *    challenges…) and evidence file names, readable by the secretariat and admins. They are rewritten to what the
 *    application records now: `changes` NULL, `metadata.changedFields` the sorted field names, no `fileName`.
 *    The trail is append-only (migration AuditAppendOnly); this migration runs as the owner of audit_events and
 *    disables the UPDATE/DELETE trigger for this one statement only, inside the migration's transaction (a failure
 *    rolls the trigger back to enabled). The rewrite itself is recorded: one `audit.report_values_redacted` event
 *    with the number of rows. Nothing else in the trail is touched.
 * 2. Removed evidence files that no submitted version cites are deleted (they counted against no quota before and
 *    were readable by nobody); removed files a version cites stay.
 * 3. Stored evidence names lose control and bidi characters and take the extension of their detected type.
 *
 * Not reversible: the values removed are gone (down() does nothing).
 */
export class ReportPrivacy1796155977990 implements MigrationInterface {
  name = 'ReportPrivacy1796155977990';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DISABLE TRIGGER "TRG_audit_events_no_update_delete"`);
    await queryRunner.query(`WITH "redacted" AS (
  UPDATE "audit_events" e
     SET "changes" = NULL,
         "metadata" = NULLIF(
           (COALESCE(e."metadata", '{}'::jsonb) - 'fileName')
           || CASE WHEN jsonb_typeof(e."changes") = 'object' AND e."changes" <> '{}'::jsonb
                   THEN jsonb_build_object('changedFields', (SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(e."changes") AS k))
                   ELSE '{}'::jsonb END,
           '{}'::jsonb)
   WHERE e."entity" = 'report' AND (e."changes" IS NOT NULL OR e."metadata" ? 'fileName')
  RETURNING 1)
INSERT INTO "audit_events" ("action", "entity", "metadata")
SELECT 'audit.report_values_redacted', 'report', jsonb_build_object('rows', count(*), 'migration', 'ReportPrivacy1796155977990')
  FROM "redacted" HAVING count(*) > 0`);
    await queryRunner.query(`ALTER TABLE "audit_events" ENABLE TRIGGER "TRG_audit_events_no_update_delete"`);

    await queryRunner.query(`DELETE FROM "evidence_files" f
 WHERE f."removed_at" IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM "report_versions" v
                    WHERE v."report_id" = f."report_id" AND v."content"->'files' @> jsonb_build_array(jsonb_build_object('id', f."id"::text)))`);

    // Control characters, bidi embeddings/overrides/isolates, directional marks and zero-width characters.
    await queryRunner.query(`UPDATE "evidence_files"
   SET "file_name" = btrim(regexp_replace("file_name", '[\\x01-\\x1f\\x7f-\\x9f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb]', '', 'g'))
 WHERE "file_name" ~ '[\\x01-\\x1f\\x7f-\\x9f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb]'`);
    const extensions: [string, string, string][] = [
      ['application/pdf', 'pdf', 'pdf'],
      ['image/png', 'png', 'png'],
      ['image/jpeg', 'jpg', 'jpe?g'],
      ['image/gif', 'gif', 'gif'],
      ['image/webp', 'webp', 'webp'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx', 'docx'],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'xlsx'],
    ];
    for (const [contentType, extension, accepted] of extensions) {
      await queryRunner.query(
        `UPDATE "evidence_files"
            SET "file_name" = left(COALESCE(NULLIF(rtrim(regexp_replace("file_name", '(.)\\.[^.]*$', '\\1')), ''), 'evidence'), 199 - length($2::text)) || '.' || $2::text
          WHERE "content_type" = $1 AND "file_name" !~* ('\\.(' || $3::text || ')$')`,
        [contentType, extension, accepted],
      );
    }
  }

  public async down(): Promise<void> {
    // The values removed from the audit trail and the purged files cannot be restored.
  }
}
