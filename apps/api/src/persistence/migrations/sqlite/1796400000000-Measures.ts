import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Measures1796400000000 implements MigrationInterface {
  name = 'Measures1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "measure" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "iteration_id" varchar, "name" varchar(200) NOT NULL, "definition" text NOT NULL, "unit" varchar(50) NOT NULL, "better_direction" varchar(10) NOT NULL, "rule_set" varchar(20) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "baseline_start" varchar(10) NOT NULL, "baseline_end" varchar(10) NOT NULL, "rebaseline_dates" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ddc51ecef77457bf2b97f9042a" ON "measure" ("iteration_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7616f08aa26ec0d8cdb618733" ON "measure" ("agreement_id") `);
    await queryRunner.query(
      `CREATE TABLE "measure_point" ("id" varchar PRIMARY KEY NOT NULL, "measure_id" varchar NOT NULL, "date" varchar(10) NOT NULL, "value" double precision NOT NULL, "note" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d7e6be3bfc83699381a417f824" ON "measure_point" ("measure_id", "date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ddc51ecef77457bf2b97f9042a"`);
    await queryRunner.query(`DROP INDEX "IDX_f7616f08aa26ec0d8cdb618733"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_measure" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "iteration_id" varchar, "name" varchar(200) NOT NULL, "definition" text NOT NULL, "unit" varchar(50) NOT NULL, "better_direction" varchar(10) NOT NULL, "rule_set" varchar(20) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "baseline_start" varchar(10) NOT NULL, "baseline_end" varchar(10) NOT NULL, "rebaseline_dates" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_f7616f08aa26ec0d8cdb6187331" FOREIGN KEY ("agreement_id") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ddc51ecef77457bf2b97f9042ab" FOREIGN KEY ("iteration_id") REFERENCES "agreement_iteration" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_5ac746f1104d7aef1ec8bd5480c" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_measure"("id", "agreement_id", "iteration_id", "name", "definition", "unit", "better_direction", "rule_set", "period_start", "period_end", "baseline_start", "baseline_end", "rebaseline_dates", "created_by_id", "created_at", "updated_at") SELECT "id", "agreement_id", "iteration_id", "name", "definition", "unit", "better_direction", "rule_set", "period_start", "period_end", "baseline_start", "baseline_end", "rebaseline_dates", "created_by_id", "created_at", "updated_at" FROM "measure"`,
    );
    await queryRunner.query(`DROP TABLE "measure"`);
    await queryRunner.query(`ALTER TABLE "temporary_measure" RENAME TO "measure"`);
    await queryRunner.query(`CREATE INDEX "IDX_ddc51ecef77457bf2b97f9042a" ON "measure" ("iteration_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7616f08aa26ec0d8cdb618733" ON "measure" ("agreement_id") `);
    await queryRunner.query(`DROP INDEX "IDX_d7e6be3bfc83699381a417f824"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_measure_point" ("id" varchar PRIMARY KEY NOT NULL, "measure_id" varchar NOT NULL, "date" varchar(10) NOT NULL, "value" double precision NOT NULL, "note" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_0d763b0199b14e2a71f57b11287" FOREIGN KEY ("measure_id") REFERENCES "measure" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_measure_point"("id", "measure_id", "date", "value", "note", "created_at") SELECT "id", "measure_id", "date", "value", "note", "created_at" FROM "measure_point"`,
    );
    await queryRunner.query(`DROP TABLE "measure_point"`);
    await queryRunner.query(`ALTER TABLE "temporary_measure_point" RENAME TO "measure_point"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d7e6be3bfc83699381a417f824" ON "measure_point" ("measure_id", "date") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_d7e6be3bfc83699381a417f824"`);
    await queryRunner.query(`ALTER TABLE "measure_point" RENAME TO "temporary_measure_point"`);
    await queryRunner.query(
      `CREATE TABLE "measure_point" ("id" varchar PRIMARY KEY NOT NULL, "measure_id" varchar NOT NULL, "date" varchar(10) NOT NULL, "value" double precision NOT NULL, "note" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "measure_point"("id", "measure_id", "date", "value", "note", "created_at") SELECT "id", "measure_id", "date", "value", "note", "created_at" FROM "temporary_measure_point"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_measure_point"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d7e6be3bfc83699381a417f824" ON "measure_point" ("measure_id", "date") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_f7616f08aa26ec0d8cdb618733"`);
    await queryRunner.query(`DROP INDEX "IDX_ddc51ecef77457bf2b97f9042a"`);
    await queryRunner.query(`ALTER TABLE "measure" RENAME TO "temporary_measure"`);
    await queryRunner.query(
      `CREATE TABLE "measure" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "iteration_id" varchar, "name" varchar(200) NOT NULL, "definition" text NOT NULL, "unit" varchar(50) NOT NULL, "better_direction" varchar(10) NOT NULL, "rule_set" varchar(20) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "baseline_start" varchar(10) NOT NULL, "baseline_end" varchar(10) NOT NULL, "rebaseline_dates" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "measure"("id", "agreement_id", "iteration_id", "name", "definition", "unit", "better_direction", "rule_set", "period_start", "period_end", "baseline_start", "baseline_end", "rebaseline_dates", "created_by_id", "created_at", "updated_at") SELECT "id", "agreement_id", "iteration_id", "name", "definition", "unit", "better_direction", "rule_set", "period_start", "period_end", "baseline_start", "baseline_end", "rebaseline_dates", "created_by_id", "created_at", "updated_at" FROM "temporary_measure"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_measure"`);
    await queryRunner.query(`CREATE INDEX "IDX_f7616f08aa26ec0d8cdb618733" ON "measure" ("agreement_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ddc51ecef77457bf2b97f9042a" ON "measure" ("iteration_id") `);
    await queryRunner.query(`DROP INDEX "IDX_d7e6be3bfc83699381a417f824"`);
    await queryRunner.query(`DROP TABLE "measure_point"`);
    await queryRunner.query(`DROP INDEX "IDX_f7616f08aa26ec0d8cdb618733"`);
    await queryRunner.query(`DROP INDEX "IDX_ddc51ecef77457bf2b97f9042a"`);
    await queryRunner.query(`DROP TABLE "measure"`);
  }
}
