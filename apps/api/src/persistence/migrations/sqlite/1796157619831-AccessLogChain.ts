import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log becomes a hash chain: `seq` and `hash` on every new entry. Entries written before this migration keep
 * both empty: the chain starts at the first entry written after it (the verifier counts the older ones as unchained).
 */
export class AccessLogChain1796157619831 implements MigrationInterface {
  name = 'AccessLogChain1796157619831';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_8d2e18406810fe9699205f60a1"`);
    await queryRunner.query(`DROP INDEX "IDX_0bac1e8abc114b0211bb69cc94"`);
    await queryRunner.query(`DROP INDEX "IDX_5d19c5fc86e48ae1f301c3e132"`);
    await queryRunner.query(`DROP INDEX "IDX_96960586b5a54bdc6a87fb49b5"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_access_log_entry" ("id" varchar PRIMARY KEY NOT NULL, "occurred_at" datetime NOT NULL, "event" varchar(10) NOT NULL, "record_type" varchar(60) NOT NULL, "record_id" varchar(100), "record_owner_id" varchar(36), "person_id" varchar(36), "person_name" varchar(200), "role" varchar(60) NOT NULL, "organisation_id" varchar(36), "organisation_name" varchar(200), "on_behalf_of" varchar(200), "purpose" varchar(300) NOT NULL, "result" varchar(10) NOT NULL, "request_id" varchar(64), "seq" bigint, "hash" varchar(64))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_access_log_entry"("id", "occurred_at", "event", "record_type", "record_id", "record_owner_id", "person_id", "person_name", "role", "organisation_id", "organisation_name", "on_behalf_of", "purpose", "result", "request_id") SELECT "id", "occurred_at", "event", "record_type", "record_id", "record_owner_id", "person_id", "person_name", "role", "organisation_id", "organisation_name", "on_behalf_of", "purpose", "result", "request_id" FROM "access_log_entry"`,
    );
    await queryRunner.query(`DROP TABLE "access_log_entry"`);
    await queryRunner.query(`ALTER TABLE "temporary_access_log_entry" RENAME TO "access_log_entry"`);
    await queryRunner.query(`CREATE INDEX "IDX_8d2e18406810fe9699205f60a1" ON "access_log_entry" ("occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0bac1e8abc114b0211bb69cc94" ON "access_log_entry" ("record_type", "record_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5d19c5fc86e48ae1f301c3e132" ON "access_log_entry" ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_96960586b5a54bdc6a87fb49b5" ON "access_log_entry" ("record_owner_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_141446fafc73a67ef073b5bdc5" ON "access_log_entry" ("seq") `);
    // Rebuilding the table dropped its triggers: the log refuses UPDATE and DELETE again (as in AccessLogImmutable).
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_update" BEFORE UPDATE ON "access_log_entry" BEGIN SELECT RAISE(ABORT, 'access log entries cannot be changed'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_delete" BEFORE DELETE ON "access_log_entry" BEGIN SELECT RAISE(ABORT, 'access log entries cannot be deleted'); END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_141446fafc73a67ef073b5bdc5"`);
    await queryRunner.query(`DROP INDEX "IDX_96960586b5a54bdc6a87fb49b5"`);
    await queryRunner.query(`DROP INDEX "IDX_5d19c5fc86e48ae1f301c3e132"`);
    await queryRunner.query(`DROP INDEX "IDX_0bac1e8abc114b0211bb69cc94"`);
    await queryRunner.query(`DROP INDEX "IDX_8d2e18406810fe9699205f60a1"`);
    await queryRunner.query(`ALTER TABLE "access_log_entry" RENAME TO "temporary_access_log_entry"`);
    await queryRunner.query(
      `CREATE TABLE "access_log_entry" ("id" varchar PRIMARY KEY NOT NULL, "occurred_at" datetime NOT NULL, "event" varchar(10) NOT NULL, "record_type" varchar(60) NOT NULL, "record_id" varchar(100), "record_owner_id" varchar(36), "person_id" varchar(36), "person_name" varchar(200), "role" varchar(60) NOT NULL, "organisation_id" varchar(36), "organisation_name" varchar(200), "on_behalf_of" varchar(200), "purpose" varchar(300) NOT NULL, "result" varchar(10) NOT NULL, "request_id" varchar(64))`,
    );
    await queryRunner.query(
      `INSERT INTO "access_log_entry"("id", "occurred_at", "event", "record_type", "record_id", "record_owner_id", "person_id", "person_name", "role", "organisation_id", "organisation_name", "on_behalf_of", "purpose", "result", "request_id") SELECT "id", "occurred_at", "event", "record_type", "record_id", "record_owner_id", "person_id", "person_name", "role", "organisation_id", "organisation_name", "on_behalf_of", "purpose", "result", "request_id" FROM "temporary_access_log_entry"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_access_log_entry"`);
    await queryRunner.query(`CREATE INDEX "IDX_96960586b5a54bdc6a87fb49b5" ON "access_log_entry" ("record_owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5d19c5fc86e48ae1f301c3e132" ON "access_log_entry" ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0bac1e8abc114b0211bb69cc94" ON "access_log_entry" ("record_type", "record_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8d2e18406810fe9699205f60a1" ON "access_log_entry" ("occurred_at") `);
    // Rebuilding the table dropped its triggers: the log refuses UPDATE and DELETE again (as in AccessLogImmutable).
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_update" BEFORE UPDATE ON "access_log_entry" BEGIN SELECT RAISE(ABORT, 'access log entries cannot be changed'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "access_log_entry_no_delete" BEFORE DELETE ON "access_log_entry" BEGIN SELECT RAISE(ABORT, 'access log entries cannot be deleted'); END`,
    );
  }
}
