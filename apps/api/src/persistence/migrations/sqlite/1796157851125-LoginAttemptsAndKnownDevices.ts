import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginAttemptsAndKnownDevices1796157851125 implements MigrationInterface {
  name = 'LoginAttemptsAndKnownDevices1796157851125';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Failures are counted per bucket in login_attempt now; the old rows (one per failure) go.
    await queryRunner.query(`DROP INDEX "IDX_6c90c2fddff84680714e95a728"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(
      `CREATE TABLE "known_device" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_04cd591670bf5849c0ebd2d8fc" ON "known_device" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("bucket" varchar(320) PRIMARY KEY NOT NULL, "attempts" integer NOT NULL, "window_started_ms" bigint NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5f4bb1109745ff68c9c2e12fa7" ON "login_attempt" ("window_started_ms") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_5f4bb1109745ff68c9c2e12fa7"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "IDX_04cd591670bf5849c0ebd2d8fc"`);
    await queryRunner.query(`DROP TABLE "known_device"`);
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "occurred_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c90c2fddff84680714e95a728" ON "login_failure" ("email", "occurred_at") `,
    );
  }
}
