import { galaTaxonomySeed } from '@leerkring/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GALA plans, their lists and knowledge vouchers. The lists (the seven goals, five chain approaches and three SPUK
 * budget blocks of the reference) are seeded here, so every installation has them, demo or not.
 */

export class GalaPlansAndKnowledgeVouchers1796183790816 implements MigrationInterface {
  name = 'GalaPlansAndKnowledgeVouchers1796183790816';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gala_plan" ("id" varchar PRIMARY KEY NOT NULL, "region_id" varchar NOT NULL, "municipality_id" varchar, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "goals" text NOT NULL, "chain_approaches" text NOT NULL, "actions" text NOT NULL, "budget" text NOT NULL, "partner_ids" text NOT NULL, "milestones" text NOT NULL, "progress_notes" text NOT NULL, "revision" integer NOT NULL, "created_by_id" varchar NOT NULL, "updated_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_12342564933f352a4cc4a6db38" ON "gala_plan" ("region_id", "municipality_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gala_taxonomy_item" ("kind" varchar(20) NOT NULL, "code" varchar(60) NOT NULL, "label" text NOT NULL, "position" integer NOT NULL, "retired_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY ("kind", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_voucher" ("id" varchar PRIMARY KEY NOT NULL, "region_id" varchar NOT NULL, "network_id" varchar NOT NULL, "question" text NOT NULL, "expertise" varchar(300) NOT NULL, "status" varchar(20) NOT NULL, "expert_name" varchar(200), "expert_organisation_id" varchar, "quarter_hours_granted" integer, "quarter_hours_used" integer NOT NULL, "amount_granted_cents" integer, "amount_used_cents" integer NOT NULL, "requested_on" varchar(10) NOT NULL, "granted_on" varchar(10), "expires_on" varchar(10), "started_on" varchar(10), "completed_on" varchar(10), "rejection_reason" text, "evaluation_benefit" text, "evaluation_score" integer, "evaluated_on" varchar(10), "evaluated_by_id" varchar, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d10644d0f19e15df5d04b2c59d" ON "knowledge_voucher" ("network_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2" ON "knowledge_voucher" ("region_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_voucher_lesson" ("voucher_id" varchar NOT NULL, "lesson_id" varchar NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("voucher_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eeaeaea861c9e2a0310f399f74" ON "knowledge_voucher_lesson" ("lesson_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_12342564933f352a4cc4a6db38"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_gala_plan" ("id" varchar PRIMARY KEY NOT NULL, "region_id" varchar NOT NULL, "municipality_id" varchar, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "goals" text NOT NULL, "chain_approaches" text NOT NULL, "actions" text NOT NULL, "budget" text NOT NULL, "partner_ids" text NOT NULL, "milestones" text NOT NULL, "progress_notes" text NOT NULL, "revision" integer NOT NULL, "created_by_id" varchar NOT NULL, "updated_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_7f133b946bdfa92caf54cbf54ec" FOREIGN KEY ("region_id") REFERENCES "region" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5fb7b3d04910c3f666d74a38531" FOREIGN KEY ("municipality_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f89f399668a01585d6ce3ae4547" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_gala_plan"("id", "region_id", "municipality_id", "start_year", "end_year", "goals", "chain_approaches", "actions", "budget", "partner_ids", "milestones", "progress_notes", "revision", "created_by_id", "updated_by_id", "created_at", "updated_at") SELECT "id", "region_id", "municipality_id", "start_year", "end_year", "goals", "chain_approaches", "actions", "budget", "partner_ids", "milestones", "progress_notes", "revision", "created_by_id", "updated_by_id", "created_at", "updated_at" FROM "gala_plan"`,
    );
    await queryRunner.query(`DROP TABLE "gala_plan"`);
    await queryRunner.query(`ALTER TABLE "temporary_gala_plan" RENAME TO "gala_plan"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_12342564933f352a4cc4a6db38" ON "gala_plan" ("region_id", "municipality_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_d10644d0f19e15df5d04b2c59d"`);
    await queryRunner.query(`DROP INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_knowledge_voucher" ("id" varchar PRIMARY KEY NOT NULL, "region_id" varchar NOT NULL, "network_id" varchar NOT NULL, "question" text NOT NULL, "expertise" varchar(300) NOT NULL, "status" varchar(20) NOT NULL, "expert_name" varchar(200), "expert_organisation_id" varchar, "quarter_hours_granted" integer, "quarter_hours_used" integer NOT NULL, "amount_granted_cents" integer, "amount_used_cents" integer NOT NULL, "requested_on" varchar(10) NOT NULL, "granted_on" varchar(10), "expires_on" varchar(10), "started_on" varchar(10), "completed_on" varchar(10), "rejection_reason" text, "evaluation_benefit" text, "evaluation_score" integer, "evaluated_on" varchar(10), "evaluated_by_id" varchar, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_03effcc93a0f93c93291a566445" FOREIGN KEY ("region_id") REFERENCES "region" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d10644d0f19e15df5d04b2c59d2" FOREIGN KEY ("network_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ff482f952a3138f519200ae8b53" FOREIGN KEY ("expert_organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6b725bfa385e3a2b02e26bdae66" FOREIGN KEY ("evaluated_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_knowledge_voucher"("id", "region_id", "network_id", "question", "expertise", "status", "expert_name", "expert_organisation_id", "quarter_hours_granted", "quarter_hours_used", "amount_granted_cents", "amount_used_cents", "requested_on", "granted_on", "expires_on", "started_on", "completed_on", "rejection_reason", "evaluation_benefit", "evaluation_score", "evaluated_on", "evaluated_by_id", "created_by_id", "created_at", "updated_at") SELECT "id", "region_id", "network_id", "question", "expertise", "status", "expert_name", "expert_organisation_id", "quarter_hours_granted", "quarter_hours_used", "amount_granted_cents", "amount_used_cents", "requested_on", "granted_on", "expires_on", "started_on", "completed_on", "rejection_reason", "evaluation_benefit", "evaluation_score", "evaluated_on", "evaluated_by_id", "created_by_id", "created_at", "updated_at" FROM "knowledge_voucher"`,
    );
    await queryRunner.query(`DROP TABLE "knowledge_voucher"`);
    await queryRunner.query(`ALTER TABLE "temporary_knowledge_voucher" RENAME TO "knowledge_voucher"`);
    await queryRunner.query(`CREATE INDEX "IDX_d10644d0f19e15df5d04b2c59d" ON "knowledge_voucher" ("network_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2" ON "knowledge_voucher" ("region_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_eeaeaea861c9e2a0310f399f74"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_knowledge_voucher_lesson" ("voucher_id" varchar NOT NULL, "lesson_id" varchar NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_03f023ccfe92d85a14a1e3ca45e" FOREIGN KEY ("voucher_id") REFERENCES "knowledge_voucher" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_eeaeaea861c9e2a0310f399f74d" FOREIGN KEY ("lesson_id") REFERENCES "lesson" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("voucher_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_knowledge_voucher_lesson"("voucher_id", "lesson_id", "position") SELECT "voucher_id", "lesson_id", "position" FROM "knowledge_voucher_lesson"`,
    );
    await queryRunner.query(`DROP TABLE "knowledge_voucher_lesson"`);
    await queryRunner.query(`ALTER TABLE "temporary_knowledge_voucher_lesson" RENAME TO "knowledge_voucher_lesson"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_eeaeaea861c9e2a0310f399f74" ON "knowledge_voucher_lesson" ("lesson_id") `,
    );
    const positions = new Map<string, number>();
    for (const item of galaTaxonomySeed()) {
      const position = (positions.get(item.kind) ?? 0) + 1;
      positions.set(item.kind, position);
      await queryRunner.query(
        `INSERT INTO "gala_taxonomy_item" ("kind", "code", "label", "position") VALUES (?, ?, ?, ?)`,
        [item.kind, item.code, JSON.stringify(item.label), position],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_eeaeaea861c9e2a0310f399f74"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher_lesson" RENAME TO "temporary_knowledge_voucher_lesson"`);
    await queryRunner.query(
      `CREATE TABLE "knowledge_voucher_lesson" ("voucher_id" varchar NOT NULL, "lesson_id" varchar NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("voucher_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "knowledge_voucher_lesson"("voucher_id", "lesson_id", "position") SELECT "voucher_id", "lesson_id", "position" FROM "temporary_knowledge_voucher_lesson"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_knowledge_voucher_lesson"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_eeaeaea861c9e2a0310f399f74" ON "knowledge_voucher_lesson" ("lesson_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2"`);
    await queryRunner.query(`DROP INDEX "IDX_d10644d0f19e15df5d04b2c59d"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher" RENAME TO "temporary_knowledge_voucher"`);
    await queryRunner.query(
      `CREATE TABLE "knowledge_voucher" ("id" varchar PRIMARY KEY NOT NULL, "region_id" varchar NOT NULL, "network_id" varchar NOT NULL, "question" text NOT NULL, "expertise" varchar(300) NOT NULL, "status" varchar(20) NOT NULL, "expert_name" varchar(200), "expert_organisation_id" varchar, "quarter_hours_granted" integer, "quarter_hours_used" integer NOT NULL, "amount_granted_cents" integer, "amount_used_cents" integer NOT NULL, "requested_on" varchar(10) NOT NULL, "granted_on" varchar(10), "expires_on" varchar(10), "started_on" varchar(10), "completed_on" varchar(10), "rejection_reason" text, "evaluation_benefit" text, "evaluation_score" integer, "evaluated_on" varchar(10), "evaluated_by_id" varchar, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "knowledge_voucher"("id", "region_id", "network_id", "question", "expertise", "status", "expert_name", "expert_organisation_id", "quarter_hours_granted", "quarter_hours_used", "amount_granted_cents", "amount_used_cents", "requested_on", "granted_on", "expires_on", "started_on", "completed_on", "rejection_reason", "evaluation_benefit", "evaluation_score", "evaluated_on", "evaluated_by_id", "created_by_id", "created_at", "updated_at") SELECT "id", "region_id", "network_id", "question", "expertise", "status", "expert_name", "expert_organisation_id", "quarter_hours_granted", "quarter_hours_used", "amount_granted_cents", "amount_used_cents", "requested_on", "granted_on", "expires_on", "started_on", "completed_on", "rejection_reason", "evaluation_benefit", "evaluation_score", "evaluated_on", "evaluated_by_id", "created_by_id", "created_at", "updated_at" FROM "temporary_knowledge_voucher"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_knowledge_voucher"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2" ON "knowledge_voucher" ("region_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d10644d0f19e15df5d04b2c59d" ON "knowledge_voucher" ("network_id") `);
    await queryRunner.query(`DROP INDEX "IDX_12342564933f352a4cc4a6db38"`);
    await queryRunner.query(`ALTER TABLE "gala_plan" RENAME TO "temporary_gala_plan"`);
    await queryRunner.query(
      `CREATE TABLE "gala_plan" ("id" varchar PRIMARY KEY NOT NULL, "region_id" varchar NOT NULL, "municipality_id" varchar, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "goals" text NOT NULL, "chain_approaches" text NOT NULL, "actions" text NOT NULL, "budget" text NOT NULL, "partner_ids" text NOT NULL, "milestones" text NOT NULL, "progress_notes" text NOT NULL, "revision" integer NOT NULL, "created_by_id" varchar NOT NULL, "updated_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "gala_plan"("id", "region_id", "municipality_id", "start_year", "end_year", "goals", "chain_approaches", "actions", "budget", "partner_ids", "milestones", "progress_notes", "revision", "created_by_id", "updated_by_id", "created_at", "updated_at") SELECT "id", "region_id", "municipality_id", "start_year", "end_year", "goals", "chain_approaches", "actions", "budget", "partner_ids", "milestones", "progress_notes", "revision", "created_by_id", "updated_by_id", "created_at", "updated_at" FROM "temporary_gala_plan"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_gala_plan"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_12342564933f352a4cc4a6db38" ON "gala_plan" ("region_id", "municipality_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_eeaeaea861c9e2a0310f399f74"`);
    await queryRunner.query(`DROP TABLE "knowledge_voucher_lesson"`);
    await queryRunner.query(`DROP INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2"`);
    await queryRunner.query(`DROP INDEX "IDX_d10644d0f19e15df5d04b2c59d"`);
    await queryRunner.query(`DROP TABLE "knowledge_voucher"`);
    await queryRunner.query(`DROP TABLE "gala_taxonomy_item"`);
    await queryRunner.query(`DROP INDEX "IDX_12342564933f352a4cc4a6db38"`);
    await queryRunner.query(`DROP TABLE "gala_plan"`);
  }
}
