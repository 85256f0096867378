import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginAttemptsAndKnownDevices1796157872361 implements MigrationInterface {
  name = 'LoginAttemptsAndKnownDevices1796157872361';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Failures are counted per bucket in login_attempt now; the old rows (one per failure) go.
    await queryRunner.query(`DROP INDEX "public"."IDX_6c90c2fddff84680714e95a728"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(
      `CREATE TABLE "known_device" ("token_hash" character varying(64) NOT NULL, "person_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_756f3160aee14f3ad3b326b7a81" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_04cd591670bf5849c0ebd2d8fc" ON "known_device" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("bucket" character varying(320) NOT NULL, "attempts" integer NOT NULL, "window_started_ms" bigint NOT NULL, CONSTRAINT "PK_3d9460e64c9b8d353bbfa8bf349" PRIMARY KEY ("bucket"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5f4bb1109745ff68c9c2e12fa7" ON "login_attempt" ("window_started_ms") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_5f4bb1109745ff68c9c2e12fa7"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_04cd591670bf5849c0ebd2d8fc"`);
    await queryRunner.query(`DROP TABLE "known_device"`);
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c90c2fddff84680714e95a728" ON "login_failure" ("email", "occurred_at") `,
    );
  }
}
