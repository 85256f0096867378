import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One plan per municipality (or region as a whole: its municipality is null, so the key falls back to the region) and
 * period, held by the database too: two plans of one subject that start, or end, in the same year overlap, so either
 * unique index refuses the second of two racing creates. The demo plans (one per municipality) already satisfy both.
 */
export class GalaPlanOnePerPeriod1797200000000 implements MigrationInterface {
  name = 'GalaPlanOnePerPeriod1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_gala_plan_subject_start" ON "gala_plan" ("region_id", COALESCE("municipality_id", "region_id"), "start_year")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_gala_plan_subject_end" ON "gala_plan" ("region_id", COALESCE("municipality_id", "region_id"), "end_year")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_gala_plan_subject_end"`);
    await queryRunner.query(`DROP INDEX "UQ_gala_plan_subject_start"`);
  }
}
