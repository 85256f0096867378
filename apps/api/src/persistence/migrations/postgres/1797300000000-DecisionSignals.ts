import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The signals an iteration's decision rested on (issue #14): a JSON list on the iteration, empty before deciding. */
export class DecisionSignals1797300000000 implements MigrationInterface {
  name = 'DecisionSignals1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_iteration" ADD "decision_signals" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_iteration" DROP COLUMN "decision_signals"`);
  }
}
