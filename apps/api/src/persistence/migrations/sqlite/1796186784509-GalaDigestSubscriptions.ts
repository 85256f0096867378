import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GalaDigestSubscriptions1796186784509 implements MigrationInterface {
  name = 'GalaDigestSubscriptions1796186784509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gala_digest_subscription" ("person_id" varchar PRIMARY KEY NOT NULL, "subscribed" boolean NOT NULL, "last_sent_on" varchar(10), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_gala_digest_subscription" ("person_id" varchar PRIMARY KEY NOT NULL, "subscribed" boolean NOT NULL, "last_sent_on" varchar(10), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_6a68e93a249216ad20cd718913c" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_gala_digest_subscription"("person_id", "subscribed", "last_sent_on", "updated_at") SELECT "person_id", "subscribed", "last_sent_on", "updated_at" FROM "gala_digest_subscription"`,
    );
    await queryRunner.query(`DROP TABLE "gala_digest_subscription"`);
    await queryRunner.query(`ALTER TABLE "temporary_gala_digest_subscription" RENAME TO "gala_digest_subscription"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gala_digest_subscription" RENAME TO "temporary_gala_digest_subscription"`);
    await queryRunner.query(
      `CREATE TABLE "gala_digest_subscription" ("person_id" varchar PRIMARY KEY NOT NULL, "subscribed" boolean NOT NULL, "last_sent_on" varchar(10), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "gala_digest_subscription"("person_id", "subscribed", "last_sent_on", "updated_at") SELECT "person_id", "subscribed", "last_sent_on", "updated_at" FROM "temporary_gala_digest_subscription"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_gala_digest_subscription"`);
    await queryRunner.query(`DROP TABLE "gala_digest_subscription"`);
  }
}
