import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionContexts1796800000000 implements MigrationInterface {
  name = 'SessionContexts1796800000000';
  /**
   * A session belongs to a bouwteam or a learning group. SQLite changes a column by rebuilding the table, and DROP TABLE
   * with foreign keys on would cascade into the inputs, notes and actions. So, as in AgreementContexts: foreign keys off
   * (outside any transaction), rebuild in a transaction, check the foreign keys, commit, foreign keys on.
   */
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rebuilding(queryRunner, () => this.upInTransaction(queryRunner));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rebuilding(queryRunner, () => this.downInTransaction(queryRunner));
  }

  private async upInTransaction(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "FK_3d5dd25c769b415d7f0af65d310" FOREIGN KEY ("note_taker_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e0acb817932cdb8131d464bcc25" FOREIGN KEY ("facilitator_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2921224665a68bc42de3c4d1b6a" FOREIGN KEY ("inbrenger_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a34874e71aa4923aa89c525ed42" FOREIGN KEY ("method_id") REFERENCES "intervision_method" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at" FROM "intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_session" RENAME TO "intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_session" RENAME TO "intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_session" RENAME TO "intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ba33d5e9733879f30e6281d47a" ON "intervision_session" ("learning_group_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ba33d5e9733879f30e6281d47a"`);
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "intervision_session_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL)))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_session" RENAME TO "intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ba33d5e9733879f30e6281d47a" ON "intervision_session" ("learning_group_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ba33d5e9733879f30e6281d47a"`);
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "intervision_session_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL)), CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_961e345f98c6d0816943d8a2c9f" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a34874e71aa4923aa89c525ed42" FOREIGN KEY ("method_id") REFERENCES "intervision_method" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2921224665a68bc42de3c4d1b6a" FOREIGN KEY ("inbrenger_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e0acb817932cdb8131d464bcc25" FOREIGN KEY ("facilitator_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3d5dd25c769b415d7f0af65d310" FOREIGN KEY ("note_taker_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_intervision_session" RENAME TO "intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ba33d5e9733879f30e6281d47a" ON "intervision_session" ("learning_group_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
  }

  private async downInTransaction(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`DROP INDEX "IDX_ba33d5e9733879f30e6281d47a"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" RENAME TO "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "intervision_session_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL)))`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba33d5e9733879f30e6281d47a" ON "intervision_session" ("learning_group_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`DROP INDEX "IDX_ba33d5e9733879f30e6281d47a"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" RENAME TO "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba33d5e9733879f30e6281d47a" ON "intervision_session" ("learning_group_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`DROP INDEX "IDX_ba33d5e9733879f30e6281d47a"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" RENAME TO "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" RENAME TO "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" RENAME TO "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "method_id" varchar NOT NULL, "method_code" varchar(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" varchar NOT NULL, "facilitator_id" varchar NOT NULL, "note_taker_id" varchar NOT NULL, "participant_ids" text NOT NULL, "started_at" datetime, "ended_at" datetime, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_3d5dd25c769b415d7f0af65d310" FOREIGN KEY ("note_taker_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e0acb817932cdb8131d464bcc25" FOREIGN KEY ("facilitator_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2921224665a68bc42de3c4d1b6a" FOREIGN KEY ("inbrenger_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a34874e71aa4923aa89c525ed42" FOREIGN KEY ("method_id") REFERENCES "intervision_method" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "intervision_session"("id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "method_id", "method_code", "method_name", "phases", "planned_date", "status", "progress", "case_ids", "inbrenger_id", "facilitator_id", "note_taker_id", "participant_ids", "started_at", "ended_at", "created_by_id", "created_at", "updated_at" FROM "temporary_intervision_session"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_intervision_session"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
  }
}

async function rebuilding(queryRunner: QueryRunner, change: () => Promise<void>): Promise<void> {
  await queryRunner.query(`PRAGMA foreign_keys = OFF`);
  try {
    await queryRunner.startTransaction();
    try {
      await change();
      const violations = (await queryRunner.query(`PRAGMA foreign_key_check`)) as unknown[];
      if (violations.length > 0)
        throw new Error(`Foreign key violations after rebuilding: ${JSON.stringify(violations.slice(0, 5))}`);
      await queryRunner.commitTransaction();
    } catch (error) {
      await queryRunner.rollbackTransaction();
      throw error;
    }
  } finally {
    await queryRunner.query(`PRAGMA foreign_keys = ON`);
  }
}
