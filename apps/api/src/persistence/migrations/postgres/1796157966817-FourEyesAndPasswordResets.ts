import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FourEyesAndPasswordResets1796157966817 implements MigrationInterface {
  name = 'FourEyesAndPasswordResets1796157966817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "requested_by_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ea269d7c41b2f037abbb5603d8" ON "password_reset_token" ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a802f319abf4af2432d629dfe5" ON "password_reset_token" ("token_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "membership" ADD "status" character varying(10) NOT NULL DEFAULT 'active'`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "requested_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "decided_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_d9594083cb7134a53f7ae03b9d1" FOREIGN KEY ("requested_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_245dee5487262b6cce3699dad70" FOREIGN KEY ("decided_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_245dee5487262b6cce3699dad70"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_d9594083cb7134a53f7ae03b9d1"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "decided_at"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "decided_by_id"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "requested_by_id"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a802f319abf4af2432d629dfe5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea269d7c41b2f037abbb5603d8"`);
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
  }
}
