import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GalaDigestSubscriptions1796186791857 implements MigrationInterface {
  name = 'GalaDigestSubscriptions1796186791857';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gala_digest_subscription" ("person_id" uuid NOT NULL, "subscribed" boolean NOT NULL, "last_sent_on" character varying(10), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a68e93a249216ad20cd718913c" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "gala_digest_subscription" ADD CONSTRAINT "FK_6a68e93a249216ad20cd718913c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gala_digest_subscription" DROP CONSTRAINT "FK_6a68e93a249216ad20cd718913c"`);
    await queryRunner.query(`DROP TABLE "gala_digest_subscription"`);
  }
}
