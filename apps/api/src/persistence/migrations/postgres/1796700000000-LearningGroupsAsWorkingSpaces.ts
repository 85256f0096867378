import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning groups get a theme and a period; a membership names the region its person represents in a learning group,
 * and a stance on a learning group's talking document names the region it is given for.
 */
export class LearningGroupsAsWorkingSpaces1796700000000 implements MigrationInterface {
  name = 'LearningGroupsAsWorkingSpaces1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_group" ADD "theme" character varying(200) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "learning_group" ADD "start_date" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "learning_group" ADD "end_date" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "represents_region_id" character varying(36)`);
    await queryRunner.query(`ALTER TABLE "agreement_consent" ADD "region_id" character varying(36)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_consent" DROP COLUMN "region_id"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "represents_region_id"`);
    await queryRunner.query(`ALTER TABLE "learning_group" DROP COLUMN "end_date"`);
    await queryRunner.query(`ALTER TABLE "learning_group" DROP COLUMN "start_date"`);
    await queryRunner.query(`ALTER TABLE "learning_group" DROP COLUMN "theme"`);
  }
}
