import { galaTaxonomySeed } from '@leerkring/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GALA plans, their lists and knowledge vouchers. The lists (the seven goals, five chain approaches and three SPUK
 * budget blocks of the reference) are seeded here, so every installation has them, demo or not.
 */

export class GalaPlansAndKnowledgeVouchers1796183794291 implements MigrationInterface {
  name = 'GalaPlansAndKnowledgeVouchers1796183794291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gala_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_id" uuid, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "goals" text NOT NULL, "chain_approaches" text NOT NULL, "actions" text NOT NULL, "budget" text NOT NULL, "partner_ids" text NOT NULL, "milestones" text NOT NULL, "progress_notes" text NOT NULL, "revision" integer NOT NULL, "created_by_id" uuid NOT NULL, "updated_by_id" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68ad9f4f6ae7be54d697a0bec0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_12342564933f352a4cc4a6db38" ON "gala_plan" ("region_id", "municipality_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gala_taxonomy_item" ("kind" character varying(20) NOT NULL, "code" character varying(60) NOT NULL, "label" text NOT NULL, "position" integer NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1aeaa543b3be41c94ce99f0dd3e" PRIMARY KEY ("kind", "code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_voucher" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "network_id" uuid NOT NULL, "question" text NOT NULL, "expertise" character varying(300) NOT NULL, "status" character varying(20) NOT NULL, "expert_name" character varying(200), "expert_organisation_id" uuid, "quarter_hours_granted" integer, "quarter_hours_used" integer NOT NULL, "amount_granted_cents" integer, "amount_used_cents" integer NOT NULL, "requested_on" character varying(10) NOT NULL, "granted_on" character varying(10), "expires_on" character varying(10), "started_on" character varying(10), "completed_on" character varying(10), "rejection_reason" text, "evaluation_benefit" text, "evaluation_score" integer, "evaluated_on" character varying(10), "evaluated_by_id" uuid, "created_by_id" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27b716ba27cb80df3de50bb91ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d10644d0f19e15df5d04b2c59d" ON "knowledge_voucher" ("network_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f46bf84fd6cddffb9b6f1f97f2" ON "knowledge_voucher" ("region_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_voucher_lesson" ("voucher_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_420917fb70e8db10efa5b81602b" PRIMARY KEY ("voucher_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eeaeaea861c9e2a0310f399f74" ON "knowledge_voucher_lesson" ("lesson_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "gala_plan" ADD CONSTRAINT "FK_7f133b946bdfa92caf54cbf54ec" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gala_plan" ADD CONSTRAINT "FK_5fb7b3d04910c3f666d74a38531" FOREIGN KEY ("municipality_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gala_plan" ADD CONSTRAINT "FK_f89f399668a01585d6ce3ae4547" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_voucher" ADD CONSTRAINT "FK_03effcc93a0f93c93291a566445" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_voucher" ADD CONSTRAINT "FK_d10644d0f19e15df5d04b2c59d2" FOREIGN KEY ("network_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_voucher" ADD CONSTRAINT "FK_ff482f952a3138f519200ae8b53" FOREIGN KEY ("expert_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_voucher" ADD CONSTRAINT "FK_6b725bfa385e3a2b02e26bdae66" FOREIGN KEY ("evaluated_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_voucher_lesson" ADD CONSTRAINT "FK_03f023ccfe92d85a14a1e3ca45e" FOREIGN KEY ("voucher_id") REFERENCES "knowledge_voucher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_voucher_lesson" ADD CONSTRAINT "FK_eeaeaea861c9e2a0310f399f74d" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    const positions = new Map<string, number>();
    for (const item of galaTaxonomySeed()) {
      const position = (positions.get(item.kind) ?? 0) + 1;
      positions.set(item.kind, position);
      await queryRunner.query(
        `INSERT INTO "gala_taxonomy_item" ("kind", "code", "label", "position") VALUES ($1, $2, $3, $4)`,
        [item.kind, item.code, JSON.stringify(item.label), position],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "knowledge_voucher_lesson" DROP CONSTRAINT "FK_eeaeaea861c9e2a0310f399f74d"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher_lesson" DROP CONSTRAINT "FK_03f023ccfe92d85a14a1e3ca45e"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher" DROP CONSTRAINT "FK_6b725bfa385e3a2b02e26bdae66"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher" DROP CONSTRAINT "FK_ff482f952a3138f519200ae8b53"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher" DROP CONSTRAINT "FK_d10644d0f19e15df5d04b2c59d2"`);
    await queryRunner.query(`ALTER TABLE "knowledge_voucher" DROP CONSTRAINT "FK_03effcc93a0f93c93291a566445"`);
    await queryRunner.query(`ALTER TABLE "gala_plan" DROP CONSTRAINT "FK_f89f399668a01585d6ce3ae4547"`);
    await queryRunner.query(`ALTER TABLE "gala_plan" DROP CONSTRAINT "FK_5fb7b3d04910c3f666d74a38531"`);
    await queryRunner.query(`ALTER TABLE "gala_plan" DROP CONSTRAINT "FK_7f133b946bdfa92caf54cbf54ec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eeaeaea861c9e2a0310f399f74"`);
    await queryRunner.query(`DROP TABLE "knowledge_voucher_lesson"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f46bf84fd6cddffb9b6f1f97f2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d10644d0f19e15df5d04b2c59d"`);
    await queryRunner.query(`DROP TABLE "knowledge_voucher"`);
    await queryRunner.query(`DROP TABLE "gala_taxonomy_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12342564933f352a4cc4a6db38"`);
    await queryRunner.query(`DROP TABLE "gala_plan"`);
  }
}
