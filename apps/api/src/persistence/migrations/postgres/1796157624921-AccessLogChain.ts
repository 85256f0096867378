import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log becomes a hash chain: `seq` and `hash` on every new entry. Entries written before this migration keep
 * both empty: the chain starts at the first entry written after it (the verifier counts the older ones as unchained).
 */
export class AccessLogChain1796157624921 implements MigrationInterface {
  name = 'AccessLogChain1796157624921';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "access_log_entry" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "access_log_entry" ADD "hash" character varying(64)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_141446fafc73a67ef073b5bdc5" ON "access_log_entry" ("seq") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_141446fafc73a67ef073b5bdc5"`);
    await queryRunner.query(`ALTER TABLE "access_log_entry" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "access_log_entry" DROP COLUMN "seq"`);
  }
}
