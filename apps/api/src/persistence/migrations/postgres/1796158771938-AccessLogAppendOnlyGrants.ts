import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whatever the owner granted on the access log (e.g. by `ALTER DEFAULT PRIVILEGES … GRANT SELECT, INSERT, UPDATE, DELETE
 * ON TABLES TO leerkring_app`, see README "Database roles"), no role but its owner keeps UPDATE, DELETE or TRUNCATE on it:
 * the app's role can only add entries and read them. The triggers of AccessLogImmutable stay as the second wall.
 */
export class AccessLogAppendOnlyGrants1796158771938 implements MigrationInterface {
  name = 'AccessLogAppendOnlyGrants1796158771938';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
DECLARE grantee_name text;
BEGIN
  FOR grantee_name IN
    SELECT DISTINCT pg_get_userbyid(acl.grantee)
    FROM pg_class c, aclexplode(c.relacl) acl
    WHERE c.oid = '"access_log_entry"'::regclass AND acl.grantee <> 0 AND acl.grantee <> c.relowner
      AND acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "access_log_entry" FROM %I', grantee_name);
  END LOOP;
  REVOKE UPDATE, DELETE, TRUNCATE ON "access_log_entry" FROM PUBLIC;
END
$$`);
  }

  public async down(): Promise<void> {
    // Grants are the operator's (README "Database roles"); nothing to give back.
  }
}
