import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LessonsAndObstacles1795557269633 implements MigrationInterface {
  name = 'LessonsAndObstacles1795557269633';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "text" text NOT NULL, "case_ids" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" varchar(40) NOT NULL, "follow_up" varchar(30) NOT NULL, "status" varchar(20) NOT NULL, "recorded_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_25956b54ead3ed776cbdad66c9" ON "lesson" ("building_team_id", "theme") `);
    await queryRunner.query(
      `CREATE TABLE "system_obstacle" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "legal_framework" varchar(30), "case_ids" text NOT NULL, "escalation_status" varchar(20) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`DROP INDEX "IDX_25956b54ead3ed776cbdad66c9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_lesson" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "text" text NOT NULL, "case_ids" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" varchar(40) NOT NULL, "follow_up" varchar(30) NOT NULL, "status" varchar(20) NOT NULL, "recorded_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_6bd5ca1af09a41bf3693e641ef2" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_32adfc5e6421ee6528daefb4e99" FOREIGN KEY ("recorded_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_lesson"("id", "building_team_id", "text", "case_ids", "session_ids", "dimensions", "theme", "follow_up", "status", "recorded_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "text", "case_ids", "session_ids", "dimensions", "theme", "follow_up", "status", "recorded_by_id", "created_at", "updated_at" FROM "lesson"`,
    );
    await queryRunner.query(`DROP TABLE "lesson"`);
    await queryRunner.query(`ALTER TABLE "temporary_lesson" RENAME TO "lesson"`);
    await queryRunner.query(`CREATE INDEX "IDX_25956b54ead3ed776cbdad66c9" ON "lesson" ("building_team_id", "theme") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_system_obstacle" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "legal_framework" varchar(30), "case_ids" text NOT NULL, "escalation_status" varchar(20) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_fc67c4ecce02098d974a95594e0" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_system_obstacle"("id", "building_team_id", "title", "description", "legal_framework", "case_ids", "escalation_status", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "description", "legal_framework", "case_ids", "escalation_status", "created_at", "updated_at" FROM "system_obstacle"`,
    );
    await queryRunner.query(`DROP TABLE "system_obstacle"`);
    await queryRunner.query(`ALTER TABLE "temporary_system_obstacle" RENAME TO "system_obstacle"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system_obstacle" RENAME TO "temporary_system_obstacle"`);
    await queryRunner.query(
      `CREATE TABLE "system_obstacle" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "legal_framework" varchar(30), "case_ids" text NOT NULL, "escalation_status" varchar(20) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "system_obstacle"("id", "building_team_id", "title", "description", "legal_framework", "case_ids", "escalation_status", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "description", "legal_framework", "case_ids", "escalation_status", "created_at", "updated_at" FROM "temporary_system_obstacle"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_system_obstacle"`);
    await queryRunner.query(`DROP INDEX "IDX_25956b54ead3ed776cbdad66c9"`);
    await queryRunner.query(`ALTER TABLE "lesson" RENAME TO "temporary_lesson"`);
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "text" text NOT NULL, "case_ids" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" varchar(40) NOT NULL, "follow_up" varchar(30) NOT NULL, "status" varchar(20) NOT NULL, "recorded_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "lesson"("id", "building_team_id", "text", "case_ids", "session_ids", "dimensions", "theme", "follow_up", "status", "recorded_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "text", "case_ids", "session_ids", "dimensions", "theme", "follow_up", "status", "recorded_by_id", "created_at", "updated_at" FROM "temporary_lesson"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_lesson"`);
    await queryRunner.query(`CREATE INDEX "IDX_25956b54ead3ed776cbdad66c9" ON "lesson" ("building_team_id", "theme") `);
    await queryRunner.query(`DROP TABLE "system_obstacle"`);
    await queryRunner.query(`DROP INDEX "IDX_25956b54ead3ed776cbdad66c9"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
  }
}
