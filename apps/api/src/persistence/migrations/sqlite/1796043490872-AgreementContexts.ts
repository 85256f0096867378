import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreementContexts1796043490872 implements MigrationInterface {
  name = 'AgreementContexts1796043490872';
  /**
   * SQLite changes a column by rebuilding the table, and DROP TABLE with foreign keys on would cascade into the
   * versions, stances and history. So, as the SQLite manual prescribes: foreign keys off (outside any transaction),
   * rebuild in a transaction, check the foreign keys, commit, foreign keys on.
   */
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rebuilding(queryRunner, () => this.upInTransaction(queryRunner));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rebuilding(queryRunner, () => this.downInTransaction(queryRunner));
  }

  private async upInTransaction(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "FK_33326c8daa3d41581d7b23751e0" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at" FROM "agreement"`,
    );
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement" RENAME TO "agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "agreement"`,
    );
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement" RENAME TO "agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "agreement"`,
    );
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement" RENAME TO "agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ddef241c1778d8116b4948151a" ON "agreement" ("learning_group_id") `);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`DROP INDEX "IDX_ddef241c1778d8116b4948151a"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "agreement_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL)))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "agreement"`,
    );
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement" RENAME TO "agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ddef241c1778d8116b4948151a" ON "agreement" ("learning_group_id") `);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`DROP INDEX "IDX_ddef241c1778d8116b4948151a"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "agreement_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL)), CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ddef241c1778d8116b4948151ac" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_33326c8daa3d41581d7b23751e0" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "agreement"`,
    );
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement" RENAME TO "agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ddef241c1778d8116b4948151a" ON "agreement" ("learning_group_id") `);
  }

  private async downInTransaction(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ddef241c1778d8116b4948151a"`);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`ALTER TABLE "agreement" RENAME TO "temporary_agreement"`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "agreement_one_context" CHECK ((building_team_id IS NULL) <> (learning_group_id IS NULL)))`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_agreement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_ddef241c1778d8116b4948151a" ON "agreement" ("learning_group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_ddef241c1778d8116b4948151a"`);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`ALTER TABLE "agreement" RENAME TO "temporary_agreement"`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_agreement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_ddef241c1778d8116b4948151a" ON "agreement" ("learning_group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_ddef241c1778d8116b4948151a"`);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`ALTER TABLE "agreement" RENAME TO "temporary_agreement"`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar)`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_agreement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`ALTER TABLE "agreement" RENAME TO "temporary_agreement"`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "learning_group_id" varchar, CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at", "learning_group_id" FROM "temporary_agreement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`ALTER TABLE "agreement" RENAME TO "temporary_agreement"`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_33326c8daa3d41581d7b23751e0" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at" FROM "temporary_agreement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
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
