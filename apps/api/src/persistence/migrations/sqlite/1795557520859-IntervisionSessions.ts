import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntervisionSessions1795557520859 implements MigrationInterface {
  name = 'IntervisionSessions1795557520859';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intervision_method" ("id" varchar PRIMARY KEY NOT NULL, "code" varchar(60) NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "phases" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_c34638bf215b833f8eb2c99c900" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_action" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "what" text NOT NULL, "owner_id" varchar, "due_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_82e280e792f45f6bc08b6b9271" ON "intervision_action" ("session_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_input" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "phase" integer NOT NULL, "author_id" varchar NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9baf4e8e655b68803a4454eee" ON "intervision_input" ("session_id", "phase") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_note" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "phase" integer NOT NULL, "author_id" varchar NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea" ON "intervision_note" ("session_id", "phase") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a34874e71aa4923aa89c525ed42" FOREIGN KEY ("method_id") REFERENCES "intervision_method" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2921224665a68bc42de3c4d1b6a" FOREIGN KEY ("inbrenger_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e0acb817932cdb8131d464bcc25" FOREIGN KEY ("facilitator_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3d5dd25c769b415d7f0af65d310" FOREIGN KEY ("note_taker_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at" FROM "intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_session" RENAME TO "intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_82e280e792f45f6bc08b6b9271"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_action" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "what" text NOT NULL, "owner_id" varchar, "due_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_61684195ac3078a64057c792301" FOREIGN KEY ("session_id") REFERENCES "intervision_session" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_118678a8bd82a20e7216d87f44d" FOREIGN KEY ("owner_id") REFERENCES "person" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_action"("id", "session_id", "what", "owner_id", "due_date", "status", "created_by_id", "created_at", "updated_at") SELECT "id", "session_id", "what", "owner_id", "due_date", "status", "created_by_id", "created_at", "updated_at" FROM "intervision_action"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_action"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_action" RENAME TO "intervision_action"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_82e280e792f45f6bc08b6b9271" ON "intervision_action" ("session_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a9baf4e8e655b68803a4454eee"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_input" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "phase" integer NOT NULL, "author_id" varchar NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "FK_9f903bb7b9a54ab9f50e1828fdb" FOREIGN KEY ("session_id") REFERENCES "intervision_session" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_1bea65e9ec401ff8c3bb7fbb2d5" FOREIGN KEY ("author_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_input"("id", "session_id", "phase", "author_id", "text", "created_at") SELECT "id", "session_id", "phase", "author_id", "text", "created_at" FROM "intervision_input"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_input"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_input" RENAME TO "intervision_input"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a9baf4e8e655b68803a4454eee" ON "intervision_input" ("session_id", "phase") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_note" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "phase" integer NOT NULL, "author_id" varchar NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "FK_ea0f0d3db38f546ada04e3ef53d" FOREIGN KEY ("session_id") REFERENCES "intervision_session" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_8bf4c532bcbc705ee63a6a8208e" FOREIGN KEY ("author_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_note"("id", "session_id", "phase", "author_id", "text", "created_at") SELECT "id", "session_id", "phase", "author_id", "text", "created_at" FROM "intervision_note"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_note"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_note" RENAME TO "intervision_note"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea" ON "intervision_note" ("session_id", "phase") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea"`);
    await queryRunner.query(`ALTER TABLE "intervision_note" RENAME TO "temporary_intervision_note"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_note" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "phase" integer NOT NULL, "author_id" varchar NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_note"("id", "session_id", "phase", "author_id", "text", "created_at") SELECT "id", "session_id", "phase", "author_id", "text", "created_at" FROM "temporary_intervision_note"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_note"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea" ON "intervision_note" ("session_id", "phase") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a9baf4e8e655b68803a4454eee"`);
    await queryRunner.query(`ALTER TABLE "intervision_input" RENAME TO "temporary_intervision_input"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_input" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "phase" integer NOT NULL, "author_id" varchar NOT NULL, "text" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_input"("id", "session_id", "phase", "author_id", "text", "created_at") SELECT "id", "session_id", "phase", "author_id", "text", "created_at" FROM "temporary_intervision_input"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_input"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a9baf4e8e655b68803a4454eee" ON "intervision_input" ("session_id", "phase") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_82e280e792f45f6bc08b6b9271"`);
    await queryRunner.query(`ALTER TABLE "intervision_action" RENAME TO "temporary_intervision_action"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_action" ("id" varchar PRIMARY KEY NOT NULL, "session_id" varchar NOT NULL, "what" text NOT NULL, "owner_id" varchar, "due_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_action"("id", "session_id", "what", "owner_id", "due_date", "status", "created_by_id", "created_at", "updated_at") SELECT "id", "session_id", "what", "owner_id", "due_date", "status", "created_by_id", "created_at", "updated_at" FROM "temporary_intervision_action"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_action"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_82e280e792f45f6bc08b6b9271" ON "intervision_action" ("session_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" RENAME TO "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at" FROM "temporary_intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea"`);
    await queryRunner.query(`DROP TABLE "intervision_note"`);
    await queryRunner.query(`DROP INDEX "IDX_a9baf4e8e655b68803a4454eee"`);
    await queryRunner.query(`DROP TABLE "intervision_input"`);
    await queryRunner.query(`DROP INDEX "IDX_82e280e792f45f6bc08b6b9271"`);
    await queryRunner.query(`DROP TABLE "intervision_action"`);
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`DROP TABLE "intervision_method"`);
  }
}
