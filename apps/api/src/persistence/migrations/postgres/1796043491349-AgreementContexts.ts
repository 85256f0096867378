import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreementContexts1796043491349 implements MigrationInterface {
  name = 'AgreementContexts1796043491349';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement" ADD "learning_group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_902c0bff74ba387a22f62c813d3"`);
    await queryRunner.query(`ALTER TABLE "agreement" ALTER COLUMN "building_team_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_ddef241c1778d8116b4948151a" ON "agreement" ("learning_group_id") `);
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "agreement_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_ddef241c1778d8116b4948151ac" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_ddef241c1778d8116b4948151ac"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_902c0bff74ba387a22f62c813d3"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "agreement_one_context"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddef241c1778d8116b4948151a"`);
    await queryRunner.query(`ALTER TABLE "agreement" ALTER COLUMN "building_team_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "learning_group_id"`);
  }
}
