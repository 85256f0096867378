import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning groups get a theme and a period; a membership names the region its person represents in a learning group,
 * and a stance on a learning group's talking document names the region it is given for. Columns are only added: no
 * table is rebuilt, so nothing cascades through foreign keys.
 */
export class LearningGroupsAsWorkingSpaces1796700000000 implements MigrationInterface {
  name = 'LearningGroupsAsWorkingSpaces1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_group" ADD COLUMN "theme" varchar(200) NOT NULL DEFAULT ('')`);
    await queryRunner.query(`ALTER TABLE "learning_group" ADD COLUMN "start_date" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "learning_group" ADD COLUMN "end_date" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "membership" ADD COLUMN "represents_region_id" varchar(36)`);
    await queryRunner.query(`ALTER TABLE "agreement_consent" ADD COLUMN "region_id" varchar(36)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_consent" DROP COLUMN "region_id"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "represents_region_id"`);
    await queryRunner.query(`ALTER TABLE "learning_group" DROP COLUMN "end_date"`);
    await queryRunner.query(`ALTER TABLE "learning_group" DROP COLUMN "start_date"`);
    await queryRunner.query(`ALTER TABLE "learning_group" DROP COLUMN "theme"`);
  }
}
