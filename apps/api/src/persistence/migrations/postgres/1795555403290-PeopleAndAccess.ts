import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndAccess1795555403290 implements MigrationInterface {
  name = 'PeopleAndAccess1795555403290';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "event" character varying(10) NOT NULL, "record_type" character varying(60) NOT NULL, "record_id" character varying(100), "record_owner_id" character varying(36), "person_id" character varying(36), "person_name" character varying(200), "role" character varying(60) NOT NULL, "organisation_id" character varying(36), "organisation_name" character varying(200), "on_behalf_of" character varying(200), "purpose" character varying(300) NOT NULL, "result" character varying(10) NOT NULL, "request_id" character varying(64), CONSTRAINT "PK_74f816949105fc3145ad45ca8cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_96960586b5a54bdc6a87fb49b5" ON "access_log_entry" ("record_owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5d19c5fc86e48ae1f301c3e132" ON "access_log_entry" ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_0bac1e8abc114b0211bb69cc94" ON "access_log_entry" ("record_type", "record_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8d2e18406810fe9699205f60a1" ON "access_log_entry" ("occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "token_hash" character varying(64) NOT NULL, "prefix" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e2d4e4aec6ea48547b08e409f9" ON "api_token" ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" character varying(64) NOT NULL, "person_id" character varying(36) NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c98aa3c1e03f43e495723822ae" ON "auth_session" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c90c2fddff84680714e95a728" ON "login_failure" ("email", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "organisation_id" uuid NOT NULL, "password_hash" character varying(255), "is_admin" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d2d717efd90709ebd3cb26b936" ON "person" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "context_type" character varying(20) NOT NULL, "context_id" character varying(36) NOT NULL, "role" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87a8bd2a054f0361e5608ce501" ON "membership" ("context_type", "context_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ad1b236c9954080da9a760dd4a" ON "membership" ("person_id", "context_type", "context_id", "role") `,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_53e60754c1edacbd248622810d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad1b236c9954080da9a760dd4a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87a8bd2a054f0361e5608ce501"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2d717efd90709ebd3cb26b936"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c90c2fddff84680714e95a728"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c98aa3c1e03f43e495723822ae"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bafaa5aab5957cd193fb2da8f2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2d4e4aec6ea48547b08e409f9"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d2e18406810fe9699205f60a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0bac1e8abc114b0211bb69cc94"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d19c5fc86e48ae1f301c3e132"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_96960586b5a54bdc6a87fb49b5"`);
    await queryRunner.query(`DROP TABLE "access_log_entry"`);
  }
}
