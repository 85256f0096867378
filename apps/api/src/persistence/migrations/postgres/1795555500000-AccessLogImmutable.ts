import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access-log entries cannot be changed or deleted through any path: a trigger refuses UPDATE, DELETE and TRUNCATE,
 * whatever role the application connects with.
 */
export class AccessLogImmutable1795555500000 implements MigrationInterface {
  name = 'AccessLogImmutable1795555500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "access_log_entry_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access log entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_change" BEFORE UPDATE OR DELETE ON "access_log_entry" FOR EACH ROW EXECUTE FUNCTION "access_log_entry_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_truncate" BEFORE TRUNCATE ON "access_log_entry" FOR EACH STATEMENT EXECUTE FUNCTION "access_log_entry_refuse_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "access_log_entry_no_truncate" ON "access_log_entry"`);
    await queryRunner.query(`DROP TRIGGER "access_log_entry_no_change" ON "access_log_entry"`);
    await queryRunner.query(`DROP FUNCTION "access_log_entry_refuse_change"()`);
  }
}
