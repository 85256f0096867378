import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CasesAndGuidelines1795556605448 implements MigrationInterface {
  name = 'CasesAndGuidelines1795556605448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" character varying(36) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changed_by_id" uuid NOT NULL, "fields" text NOT NULL, CONSTRAINT "PK_25450efb7377d5a94be9b777c60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1458e4830377c8d18ce46eea26" ON "case_change" ("case_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_team_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "narrative" text, "presenting_question" text, "presenting_dimensions" text NOT NULL, "underlying_question" text, "underlying_dimensions" text NOT NULL, "life_domains" text NOT NULL, "professionals_involved" integer, "organisation_types_involved" text NOT NULL, "legal_frameworks" text NOT NULL, "case_director_organisation_id" uuid, "age_group" character varying(40), "diagnosis" character varying(500), "family_members" character varying(500), "status" character varying(20) NOT NULL, "brought_in_by_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c690854c14a2669a8ea6deb7e5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e236dbc28b5072db28dc162214" ON "case_record" ("building_team_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "registration_guideline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_team_id" uuid NOT NULL, "version" integer NOT NULL, "status" character varying(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "lesson_ids" text NOT NULL, "in_force_since" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_801129996f9824e28ba31360651" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c0cef98a32da1e79647bf91b4b" ON "registration_guideline" ("building_team_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_change" ADD CONSTRAINT "FK_c841e6f497d7cbb0bd677f76fe1" FOREIGN KEY ("changed_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_record" ADD CONSTRAINT "FK_55714b09cd65e7e253f3a1bfaf5" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_record" ADD CONSTRAINT "FK_7774a25ac44f0f74ef0127f9dcb" FOREIGN KEY ("case_director_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_record" ADD CONSTRAINT "FK_fb019f1e4d1a2ca69ac9b3e3cfe" FOREIGN KEY ("brought_in_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_record" ADD CONSTRAINT "FK_eaeff49d8e2d413dcd78b69028d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration_guideline" ADD CONSTRAINT "FK_c349cd4193ff05551ea093a8721" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration_guideline" DROP CONSTRAINT "FK_c349cd4193ff05551ea093a8721"`);
    await queryRunner.query(`ALTER TABLE "case_record" DROP CONSTRAINT "FK_eaeff49d8e2d413dcd78b69028d"`);
    await queryRunner.query(`ALTER TABLE "case_record" DROP CONSTRAINT "FK_fb019f1e4d1a2ca69ac9b3e3cfe"`);
    await queryRunner.query(`ALTER TABLE "case_record" DROP CONSTRAINT "FK_7774a25ac44f0f74ef0127f9dcb"`);
    await queryRunner.query(`ALTER TABLE "case_record" DROP CONSTRAINT "FK_55714b09cd65e7e253f3a1bfaf5"`);
    await queryRunner.query(`ALTER TABLE "case_change" DROP CONSTRAINT "FK_c841e6f497d7cbb0bd677f76fe1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0cef98a32da1e79647bf91b4b"`);
    await queryRunner.query(`DROP TABLE "registration_guideline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e236dbc28b5072db28dc162214"`);
    await queryRunner.query(`DROP TABLE "case_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1458e4830377c8d18ce46eea26"`);
    await queryRunner.query(`DROP TABLE "case_change"`);
  }
}
