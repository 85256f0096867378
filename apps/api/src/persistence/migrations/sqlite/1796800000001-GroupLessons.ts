import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupLessons1796800000001 implements MigrationInterface {
  name = 'GroupLessons1796800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "group_lesson" ("id" varchar PRIMARY KEY NOT NULL, "learning_group_id" varchar NOT NULL, "text" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" varchar(40) NOT NULL, "shared_from_lesson_id" varchar, "shared_from_team_id" varchar, "shared_by_id" varchar, "recorded_by_id" varchar NOT NULL, "withdrawn_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0409cb0022639775acbf5569b4" ON "group_lesson" ("shared_from_lesson_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aec7504096839e7bc600da6cd6" ON "group_lesson" ("learning_group_id", "created_at") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_0409cb0022639775acbf5569b4"`);
    await queryRunner.query(`DROP INDEX "IDX_aec7504096839e7bc600da6cd6"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_group_lesson" ("id" varchar PRIMARY KEY NOT NULL, "learning_group_id" varchar NOT NULL, "text" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" varchar(40) NOT NULL, "shared_from_lesson_id" varchar, "shared_from_team_id" varchar, "shared_by_id" varchar, "recorded_by_id" varchar NOT NULL, "withdrawn_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_897f077c5789dbb2af1e92608e8" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0409cb0022639775acbf5569b4b" FOREIGN KEY ("shared_from_lesson_id") REFERENCES "lesson" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_80ed6af87be689d9c9c23252ab8" FOREIGN KEY ("shared_from_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_300ad35da06614f9fad8c5f8583" FOREIGN KEY ("shared_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_127a384a6038e326cbb63bd3305" FOREIGN KEY ("recorded_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_group_lesson"("id", "learning_group_id", "text", "session_ids", "dimensions", "theme", "shared_from_lesson_id", "shared_from_team_id", "shared_by_id", "recorded_by_id", "withdrawn_at", "created_at", "updated_at") SELECT "id", "learning_group_id", "text", "session_ids", "dimensions", "theme", "shared_from_lesson_id", "shared_from_team_id", "shared_by_id", "recorded_by_id", "withdrawn_at", "created_at", "updated_at" FROM "group_lesson"`,
    );
    await queryRunner.query(`DROP TABLE "group_lesson"`);
    await queryRunner.query(`ALTER TABLE "temporary_group_lesson" RENAME TO "group_lesson"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_0409cb0022639775acbf5569b4" ON "group_lesson" ("shared_from_lesson_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aec7504096839e7bc600da6cd6" ON "group_lesson" ("learning_group_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_aec7504096839e7bc600da6cd6"`);
    await queryRunner.query(`DROP INDEX "IDX_0409cb0022639775acbf5569b4"`);
    await queryRunner.query(`ALTER TABLE "group_lesson" RENAME TO "temporary_group_lesson"`);
    await queryRunner.query(
      `CREATE TABLE "group_lesson" ("id" varchar PRIMARY KEY NOT NULL, "learning_group_id" varchar NOT NULL, "text" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" varchar(40) NOT NULL, "shared_from_lesson_id" varchar, "shared_from_team_id" varchar, "shared_by_id" varchar, "recorded_by_id" varchar NOT NULL, "withdrawn_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "group_lesson"("id", "learning_group_id", "text", "session_ids", "dimensions", "theme", "shared_from_lesson_id", "shared_from_team_id", "shared_by_id", "recorded_by_id", "withdrawn_at", "created_at", "updated_at") SELECT "id", "learning_group_id", "text", "session_ids", "dimensions", "theme", "shared_from_lesson_id", "shared_from_team_id", "shared_by_id", "recorded_by_id", "withdrawn_at", "created_at", "updated_at" FROM "temporary_group_lesson"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_group_lesson"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_aec7504096839e7bc600da6cd6" ON "group_lesson" ("learning_group_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0409cb0022639775acbf5569b4" ON "group_lesson" ("shared_from_lesson_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_aec7504096839e7bc600da6cd6"`);
    await queryRunner.query(`DROP INDEX "IDX_0409cb0022639775acbf5569b4"`);
    await queryRunner.query(`DROP TABLE "group_lesson"`);
  }
}
