import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndAccess1795555401888 implements MigrationInterface {
  name = 'PeopleAndAccess1795555401888';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_log_entry" ("id" varchar PRIMARY KEY NOT NULL, "occurred_at" datetime NOT NULL, "event" varchar(10) NOT NULL, "record_type" varchar(60) NOT NULL, "record_id" varchar(100), "record_owner_id" varchar(36), "person_id" varchar(36), "person_name" varchar(200), "role" varchar(60) NOT NULL, "organisation_id" varchar(36), "organisation_name" varchar(200), "on_behalf_of" varchar(200), "purpose" varchar(300) NOT NULL, "result" varchar(10) NOT NULL, "request_id" varchar(64))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_96960586b5a54bdc6a87fb49b5" ON "access_log_entry" ("record_owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5d19c5fc86e48ae1f301c3e132" ON "access_log_entry" ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0bac1e8abc114b0211bb69cc94" ON "access_log_entry" ("record_type", "record_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8d2e18406810fe9699205f60a1" ON "access_log_entry" ("occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "token_hash" varchar(64) NOT NULL, "prefix" varchar(12) NOT NULL, "created_at" datetime NOT NULL, "last_used_at" datetime, "revoked_at" datetime)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e2d4e4aec6ea48547b08e409f9" ON "api_token" ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" varchar(64) PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "csrf_token" varchar(64) NOT NULL, "created_at" datetime NOT NULL, "last_seen_at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c98aa3c1e03f43e495723822ae" ON "auth_session" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" varchar PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "occurred_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c90c2fddff84680714e95a728" ON "login_failure" ("email", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "organisation_id" varchar NOT NULL, "password_hash" varchar(255), "is_admin" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d2d717efd90709ebd3cb26b936" ON "person" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_d2d717efd90709ebd3cb26b936"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_person" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "organisation_id" varchar NOT NULL, "password_hash" varchar(255), "is_admin" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_person"("id", "name", "email", "organisation_id", "password_hash", "is_admin", "active", "created_at", "updated_at") SELECT "id", "name", "email", "organisation_id", "password_hash", "is_admin", "active", "created_at", "updated_at" FROM "person"`,
    );
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`ALTER TABLE "temporary_person" RENAME TO "person"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d2d717efd90709ebd3cb26b936" ON "person" ("email") `);
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_membership"("id", "person_id", "context_type", "context_id", "role", "created_at") SELECT "id", "person_id", "context_type", "context_id", "role", "created_at" FROM "membership"`,
    );
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`ALTER TABLE "temporary_membership" RENAME TO "membership"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(`ALTER TABLE "membership" RENAME TO "temporary_membership"`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "membership"("id", "person_id", "context_type", "context_id", "role", "created_at") SELECT "id", "person_id", "context_type", "context_id", "role", "created_at" FROM "temporary_membership"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_membership"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_d2d717efd90709ebd3cb26b936"`);
    await queryRunner.query(`ALTER TABLE "person" RENAME TO "temporary_person"`);
    await queryRunner.query(
      `CREATE TABLE "person" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "organisation_id" varchar NOT NULL, "password_hash" varchar(255), "is_admin" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "person"("id", "name", "email", "organisation_id", "password_hash", "is_admin", "active", "created_at", "updated_at") SELECT "id", "name", "email", "organisation_id", "password_hash", "is_admin", "active", "created_at", "updated_at" FROM "temporary_person"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_person"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d2d717efd90709ebd3cb26b936" ON "person" ("email") `);
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "IDX_d2d717efd90709ebd3cb26b936"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "IDX_6c90c2fddff84680714e95a728"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(`DROP INDEX "IDX_c98aa3c1e03f43e495723822ae"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "IDX_bafaa5aab5957cd193fb2da8f2"`);
    await queryRunner.query(`DROP INDEX "IDX_e2d4e4aec6ea48547b08e409f9"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "IDX_8d2e18406810fe9699205f60a1"`);
    await queryRunner.query(`DROP INDEX "IDX_0bac1e8abc114b0211bb69cc94"`);
    await queryRunner.query(`DROP INDEX "IDX_5d19c5fc86e48ae1f301c3e132"`);
    await queryRunner.query(`DROP INDEX "IDX_96960586b5a54bdc6a87fb49b5"`);
    await queryRunner.query(`DROP TABLE "access_log_entry"`);
  }
}
