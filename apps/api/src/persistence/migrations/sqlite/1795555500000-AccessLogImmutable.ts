import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Access-log entries cannot be changed or deleted through any path: the database itself refuses. */
export class AccessLogImmutable1795555500000 implements MigrationInterface {
  name = 'AccessLogImmutable1795555500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_update" BEFORE UPDATE ON "access_log_entry" BEGIN SELECT RAISE(ABORT, 'access log entries cannot be changed'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_delete" BEFORE DELETE ON "access_log_entry" BEGIN SELECT RAISE(ABORT, 'access log entries cannot be deleted'); END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "access_log_entry_no_delete"`);
    await queryRunner.query(`DROP TRIGGER "access_log_entry_no_update"`);
  }
}
