import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A proposal's consent deadline and who proposed it (they may take it back), both additive and empty for old rows. */
export class ConsentDeadline1797000000000 implements MigrationInterface {
  name = 'ConsentDeadline1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_version" ADD "consent_deadline" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "agreement_version" ADD "proposed_by_id" character varying`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_version" DROP COLUMN "proposed_by_id"`);
    await queryRunner.query(`ALTER TABLE "agreement_version" DROP COLUMN "consent_deadline"`);
  }
}
