import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CasesAndGuidelines1795556599613 implements MigrationInterface {
  name = 'CasesAndGuidelines1795556599613';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_change" ("id" varchar PRIMARY KEY NOT NULL, "case_id" varchar(36) NOT NULL, "changed_at" datetime NOT NULL, "changed_by_id" varchar NOT NULL, "fields" text NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1458e4830377c8d18ce46eea26" ON "case_change" ("case_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_record" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "narrative" text, "presenting_question" text, "presenting_dimensions" text NOT NULL, "underlying_question" text, "underlying_dimensions" text NOT NULL, "life_domains" text NOT NULL, "professionals_involved" integer, "organisation_types_involved" text NOT NULL, "legal_frameworks" text NOT NULL, "case_director_organisation_id" varchar, "age_group" varchar(40), "diagnosis" varchar(500), "family_members" varchar(500), "status" varchar(20) NOT NULL, "brought_in_by_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e236dbc28b5072db28dc162214" ON "case_record" ("building_team_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "registration_guideline" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "version" integer NOT NULL, "status" varchar(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "lesson_ids" text NOT NULL, "in_force_since" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c0cef98a32da1e79647bf91b4b" ON "registration_guideline" ("building_team_id", "version") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_1458e4830377c8d18ce46eea26"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_case_change" ("id" varchar PRIMARY KEY NOT NULL, "case_id" varchar(36) NOT NULL, "changed_at" datetime NOT NULL, "changed_by_id" varchar NOT NULL, "fields" text NOT NULL, CONSTRAINT "FK_c841e6f497d7cbb0bd677f76fe1" FOREIGN KEY ("changed_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_case_change"("id", "case_id", "changed_at", "changed_by_id", "fields") SELECT "id", "case_id", "changed_at", "changed_by_id", "fields" FROM "case_change"`,
    );
    await queryRunner.query(`DROP TABLE "case_change"`);
    await queryRunner.query(`ALTER TABLE "temporary_case_change" RENAME TO "case_change"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_1458e4830377c8d18ce46eea26" ON "case_change" ("case_id", "changed_at") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_e236dbc28b5072db28dc162214"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_case_record" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "narrative" text, "presenting_question" text, "presenting_dimensions" text NOT NULL, "underlying_question" text, "underlying_dimensions" text NOT NULL, "life_domains" text NOT NULL, "professionals_involved" integer, "organisation_types_involved" text NOT NULL, "legal_frameworks" text NOT NULL, "case_director_organisation_id" varchar, "age_group" varchar(40), "diagnosis" varchar(500), "family_members" varchar(500), "status" varchar(20) NOT NULL, "brought_in_by_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_55714b09cd65e7e253f3a1bfaf5" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7774a25ac44f0f74ef0127f9dcb" FOREIGN KEY ("case_director_organisation_id") REFERENCES "organisation" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_fb019f1e4d1a2ca69ac9b3e3cfe" FOREIGN KEY ("brought_in_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_eaeff49d8e2d413dcd78b69028d" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_case_record"("id", "building_team_id", "title", "narrative", "presenting_question", "presenting_dimensions", "underlying_question", "underlying_dimensions", "life_domains", "professionals_involved", "organisation_types_involved", "legal_frameworks", "case_director_organisation_id", "age_group", "diagnosis", "family_members", "status", "brought_in_by_id", "organisation_id", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "narrative", "presenting_question", "presenting_dimensions", "underlying_question", "underlying_dimensions", "life_domains", "professionals_involved", "organisation_types_involved", "legal_frameworks", "case_director_organisation_id", "age_group", "diagnosis", "family_members", "status", "brought_in_by_id", "organisation_id", "created_at", "updated_at" FROM "case_record"`,
    );
    await queryRunner.query(`DROP TABLE "case_record"`);
    await queryRunner.query(`ALTER TABLE "temporary_case_record" RENAME TO "case_record"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e236dbc28b5072db28dc162214" ON "case_record" ("building_team_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c0cef98a32da1e79647bf91b4b"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_registration_guideline" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "version" integer NOT NULL, "status" varchar(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "lesson_ids" text NOT NULL, "in_force_since" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_c349cd4193ff05551ea093a8721" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_registration_guideline"("id", "building_team_id", "version", "status", "clauses", "changelog", "lesson_ids", "in_force_since", "created_at") SELECT "id", "building_team_id", "version", "status", "clauses", "changelog", "lesson_ids", "in_force_since", "created_at" FROM "registration_guideline"`,
    );
    await queryRunner.query(`DROP TABLE "registration_guideline"`);
    await queryRunner.query(`ALTER TABLE "temporary_registration_guideline" RENAME TO "registration_guideline"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c0cef98a32da1e79647bf91b4b" ON "registration_guideline" ("building_team_id", "version") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c0cef98a32da1e79647bf91b4b"`);
    await queryRunner.query(`ALTER TABLE "registration_guideline" RENAME TO "temporary_registration_guideline"`);
    await queryRunner.query(
      `CREATE TABLE "registration_guideline" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "version" integer NOT NULL, "status" varchar(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "lesson_ids" text NOT NULL, "in_force_since" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "registration_guideline"("id", "building_team_id", "version", "status", "clauses", "changelog", "lesson_ids", "in_force_since", "created_at") SELECT "id", "building_team_id", "version", "status", "clauses", "changelog", "lesson_ids", "in_force_since", "created_at" FROM "temporary_registration_guideline"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_registration_guideline"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c0cef98a32da1e79647bf91b4b" ON "registration_guideline" ("building_team_id", "version") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_e236dbc28b5072db28dc162214"`);
    await queryRunner.query(`ALTER TABLE "case_record" RENAME TO "temporary_case_record"`);
    await queryRunner.query(
      `CREATE TABLE "case_record" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "narrative" text, "presenting_question" text, "presenting_dimensions" text NOT NULL, "underlying_question" text, "underlying_dimensions" text NOT NULL, "life_domains" text NOT NULL, "professionals_involved" integer, "organisation_types_involved" text NOT NULL, "legal_frameworks" text NOT NULL, "case_director_organisation_id" varchar, "age_group" varchar(40), "diagnosis" varchar(500), "family_members" varchar(500), "status" varchar(20) NOT NULL, "brought_in_by_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "case_record"("id", "building_team_id", "title", "narrative", "presenting_question", "presenting_dimensions", "underlying_question", "underlying_dimensions", "life_domains", "professionals_involved", "organisation_types_involved", "legal_frameworks", "case_director_organisation_id", "age_group", "diagnosis", "family_members", "status", "brought_in_by_id", "organisation_id", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "narrative", "presenting_question", "presenting_dimensions", "underlying_question", "underlying_dimensions", "life_domains", "professionals_involved", "organisation_types_involved", "legal_frameworks", "case_director_organisation_id", "age_group", "diagnosis", "family_members", "status", "brought_in_by_id", "organisation_id", "created_at", "updated_at" FROM "temporary_case_record"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_case_record"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e236dbc28b5072db28dc162214" ON "case_record" ("building_team_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_1458e4830377c8d18ce46eea26"`);
    await queryRunner.query(`ALTER TABLE "case_change" RENAME TO "temporary_case_change"`);
    await queryRunner.query(
      `CREATE TABLE "case_change" ("id" varchar PRIMARY KEY NOT NULL, "case_id" varchar(36) NOT NULL, "changed_at" datetime NOT NULL, "changed_by_id" varchar NOT NULL, "fields" text NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "case_change"("id", "case_id", "changed_at", "changed_by_id", "fields") SELECT "id", "case_id", "changed_at", "changed_by_id", "fields" FROM "temporary_case_change"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_case_change"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_1458e4830377c8d18ce46eea26" ON "case_change" ("case_id", "changed_at") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c0cef98a32da1e79647bf91b4b"`);
    await queryRunner.query(`DROP TABLE "registration_guideline"`);
    await queryRunner.query(`DROP INDEX "IDX_e236dbc28b5072db28dc162214"`);
    await queryRunner.query(`DROP TABLE "case_record"`);
    await queryRunner.query(`DROP INDEX "IDX_1458e4830377c8d18ce46eea26"`);
    await queryRunner.query(`DROP TABLE "case_change"`);
  }
}
