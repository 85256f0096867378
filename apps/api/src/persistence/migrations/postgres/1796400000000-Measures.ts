import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Measures1796400000000 implements MigrationInterface {
  name = 'Measures1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "iteration_id" uuid, "name" character varying(200) NOT NULL, "definition" text NOT NULL, "unit" character varying(50) NOT NULL, "better_direction" character varying(10) NOT NULL, "rule_set" character varying(20) NOT NULL, "period_start" character varying(10) NOT NULL, "period_end" character varying(10) NOT NULL, "baseline_start" character varying(10) NOT NULL, "baseline_end" character varying(10) NOT NULL, "rebaseline_dates" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ddc51ecef77457bf2b97f9042a" ON "measure" ("iteration_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7616f08aa26ec0d8cdb618733" ON "measure" ("agreement_id") `);
    await queryRunner.query(
      `CREATE TABLE "measure_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "date" character varying(10) NOT NULL, "value" double precision NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_44477255f0356ffcdc53e755e56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d7e6be3bfc83699381a417f824" ON "measure_point" ("measure_id", "date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" ADD CONSTRAINT "FK_f7616f08aa26ec0d8cdb6187331" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" ADD CONSTRAINT "FK_ddc51ecef77457bf2b97f9042ab" FOREIGN KEY ("iteration_id") REFERENCES "agreement_iteration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" ADD CONSTRAINT "FK_5ac746f1104d7aef1ec8bd5480c" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure_point" ADD CONSTRAINT "FK_0d763b0199b14e2a71f57b11287" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_point" DROP CONSTRAINT "FK_0d763b0199b14e2a71f57b11287"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_5ac746f1104d7aef1ec8bd5480c"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_ddc51ecef77457bf2b97f9042ab"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_f7616f08aa26ec0d8cdb6187331"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7e6be3bfc83699381a417f824"`);
    await queryRunner.query(`DROP TABLE "measure_point"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7616f08aa26ec0d8cdb618733"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddc51ecef77457bf2b97f9042a"`);
    await queryRunner.query(`DROP TABLE "measure"`);
  }
}
