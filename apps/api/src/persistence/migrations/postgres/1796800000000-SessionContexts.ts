import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionContexts1796800000000 implements MigrationInterface {
  name = 'SessionContexts1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intervision_session" ADD "learning_group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_a51c3c51891d4966515a84225ec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" ALTER COLUMN "building_team_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ba33d5e9733879f30e6281d47a" ON "intervision_session" ("learning_group_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "intervision_session_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_961e345f98c6d0816943d8a2c9f" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_961e345f98c6d0816943d8a2c9f"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_a51c3c51891d4966515a84225ec"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "intervision_session_one_context"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba33d5e9733879f30e6281d47a"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" ALTER COLUMN "building_team_id" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP COLUMN "learning_group_id"`);
  }
}
