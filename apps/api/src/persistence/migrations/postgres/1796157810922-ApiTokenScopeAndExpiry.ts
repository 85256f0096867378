import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokenScopeAndExpiry1796157810922 implements MigrationInterface {
  name = 'ApiTokenScopeAndExpiry1796157810922';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_token" ADD "scope" character varying(10) NOT NULL DEFAULT 'read-write'`);
    // Tokens made before expiry existed get 90 days from now; new ones always state their own expiry.
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (now() + interval '90 days')`,
    );
    await queryRunner.query(`ALTER TABLE "api_token" ALTER COLUMN "expires_at" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_token" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP COLUMN "scope"`);
  }
}
