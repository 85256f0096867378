import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseUnderlyingLifeDomains1796200000001 implements MigrationInterface {
  name = 'CaseUnderlyingLifeDomains1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_record" ADD "underlying_life_domains" text NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_record" DROP COLUMN "underlying_life_domains"`);
  }
}
