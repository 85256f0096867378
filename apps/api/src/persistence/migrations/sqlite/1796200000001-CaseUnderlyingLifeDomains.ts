import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case records the life domains of its presenting and of its underlying question separately. The one list cases had
 * (`life_domains`) stays and now means the presenting domains; the underlying list starts empty. Added in place (no
 * table rebuild, which is what the generator writes for SQLite).
 */
export class CaseUnderlyingLifeDomains1796200000001 implements MigrationInterface {
  name = 'CaseUnderlyingLifeDomains1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_record" ADD COLUMN "underlying_life_domains" text NOT NULL DEFAULT ('[]')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_record" DROP COLUMN "underlying_life_domains"`);
  }
}
