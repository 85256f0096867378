import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourEyesAndPasswordResets1796157941333 implements MigrationInterface {
  name = 'FourEyesAndPasswordResets1796157941333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset_token" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "requested_by_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ea269d7c41b2f037abbb5603d8" ON "password_reset_token" ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a802f319abf4af2432d629dfe5" ON "password_reset_token" ("token_hash") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "status" varchar(10) NOT NULL DEFAULT ('active'), "requested_by_id" varchar, "decided_by_id" varchar, "decided_at" datetime, CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_membership"("id", "person_id", "context_type", "context_id", "role", "created_at") SELECT "id", "person_id", "context_type", "context_id", "role", "created_at" FROM "membership"`,
    );
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`ALTER TABLE "temporary_membership" RENAME TO "membership"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "status" varchar(10) NOT NULL DEFAULT ('active'), "requested_by_id" varchar, "decided_by_id" varchar, "decided_at" datetime, CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d9594083cb7134a53f7ae03b9d1" FOREIGN KEY ("requested_by_id") REFERENCES "person" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_245dee5487262b6cce3699dad70" FOREIGN KEY ("decided_by_id") REFERENCES "person" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_membership"("id", "person_id", "context_type", "context_id", "role", "created_at", "status", "requested_by_id", "decided_by_id", "decided_at") SELECT "id", "person_id", "context_type", "context_id", "role", "created_at", "status", "requested_by_id", "decided_by_id", "decided_at" FROM "membership"`,
    );
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`ALTER TABLE "temporary_membership" RENAME TO "membership"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`ALTER TABLE "membership" RENAME TO "temporary_membership"`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "status" varchar(10) NOT NULL DEFAULT ('active'), "requested_by_id" varchar, "decided_by_id" varchar, "decided_at" datetime, CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "membership"("id", "person_id", "context_type", "context_id", "role", "created_at", "status", "requested_by_id", "decided_by_id", "decided_at") SELECT "id", "person_id", "context_type", "context_id", "role", "created_at", "status", "requested_by_id", "decided_by_id", "decided_at" FROM "temporary_membership"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_membership"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(`DROP INDEX "IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`ALTER TABLE "membership" RENAME TO "temporary_membership"`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" varchar PRIMARY KEY NOT NULL, "person_id" varchar NOT NULL, "context_type" varchar(20) NOT NULL, "context_id" varchar(36) NOT NULL, "role" varchar(30) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "membership"("id", "person_id", "context_type", "context_id", "role", "created_at") SELECT "id", "person_id", "context_type", "context_id", "role", "created_at" FROM "temporary_membership"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_membership"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a802f319abf4af2432d629dfe5"`);
    await queryRunner.query(`DROP INDEX "IDX_ea269d7c41b2f037abbb5603d8"`);
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
  }
}
