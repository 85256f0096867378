import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokenScopeAndExpiry1796157797597 implements MigrationInterface {
  name = 'ApiTokenScopeAndExpiry1796157797597';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_bafaa5aab5957cd193fb2da8f2"`);
    await queryRunner.query(`DROP INDEX "IDX_e2d4e4aec6ea48547b08e409f9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_api_token" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "prefix" varchar(12) NOT NULL, "created_at" datetime NOT NULL, "last_used_at" datetime, "revoked_at" datetime, "scope" varchar(10) NOT NULL DEFAULT ('read-write'), "expires_at" datetime NOT NULL)`,
    );
    // Tokens made before expiry existed get 90 days from now (in TypeORM's UTC datetime text); new ones state their own.
    await queryRunner.query(
      `INSERT INTO "temporary_api_token"("id", "person_id", "name", "token_hash", "prefix", "created_at", "last_used_at", "revoked_at", "expires_at") SELECT "id", "person_id", "name", "token_hash", "prefix", "created_at", "last_used_at", "revoked_at", strftime('%Y-%m-%d %H:%M:%f', 'now', '+90 days') FROM "api_token"`,
    );
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`ALTER TABLE "temporary_api_token" RENAME TO "api_token"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_e2d4e4aec6ea48547b08e409f9" ON "api_token" ("person_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_e2d4e4aec6ea48547b08e409f9"`);
    await queryRunner.query(`DROP INDEX "IDX_bafaa5aab5957cd193fb2da8f2"`);
    await queryRunner.query(`ALTER TABLE "api_token" RENAME TO "temporary_api_token"`);
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "prefix" varchar(12) NOT NULL, "created_at" datetime NOT NULL, "last_used_at" datetime, "revoked_at" datetime)`,
    );
    await queryRunner.query(
      `INSERT INTO "api_token"("id", "person_id", "name", "token_hash", "prefix", "created_at", "last_used_at", "revoked_at") SELECT "id", "person_id", "name", "token_hash", "prefix", "created_at", "last_used_at", "revoked_at" FROM "temporary_api_token"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_api_token"`);
    await queryRunner.query(`CREATE INDEX "IDX_e2d4e4aec6ea48547b08e409f9" ON "api_token" ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token" ("token_hash") `);
  }
}
