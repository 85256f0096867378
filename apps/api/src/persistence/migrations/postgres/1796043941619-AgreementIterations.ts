import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreementIterations1796043941619 implements MigrationInterface {
  name = 'AgreementIterations1796043941619';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement_iteration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "version_id" uuid NOT NULL, "clause_ids" text NOT NULL, "title" character varying(200) NOT NULL, "question" text NOT NULL, "prediction" text NOT NULL, "plan" text NOT NULL, "actions" text NOT NULL, "observations" text NOT NULL, "learning" text NOT NULL, "phase" character varying(20) NOT NULL, "decision" character varying(20), "start_date" character varying(10), "end_date" character varying(10), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3e400706ccfa81b4f68a0cd8c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_213213fd4898048c453d1d75cf" ON "agreement_iteration" ("agreement_id") `);
    await queryRunner.query(
      `ALTER TABLE "agreement_iteration" ADD CONSTRAINT "FK_213213fd4898048c453d1d75cf8" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_iteration" ADD CONSTRAINT "FK_3fd0c39053b172808701a8e9584" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_iteration" ADD CONSTRAINT "FK_06c9031fb6562a224d540608be8" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_iteration" DROP CONSTRAINT "FK_06c9031fb6562a224d540608be8"`);
    await queryRunner.query(`ALTER TABLE "agreement_iteration" DROP CONSTRAINT "FK_3fd0c39053b172808701a8e9584"`);
    await queryRunner.query(`ALTER TABLE "agreement_iteration" DROP CONSTRAINT "FK_213213fd4898048c453d1d75cf8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_213213fd4898048c453d1d75cf"`);
    await queryRunner.query(`DROP TABLE "agreement_iteration"`);
  }
}
