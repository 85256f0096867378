import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreementIterations1796043966246 implements MigrationInterface {
  name = 'AgreementIterations1796043966246';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement_iteration" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "version_id" varchar NOT NULL, "clause_ids" text NOT NULL, "title" varchar(200) NOT NULL, "question" text NOT NULL, "prediction" text NOT NULL, "plan" text NOT NULL, "actions" text NOT NULL, "observations" text NOT NULL, "learning" text NOT NULL, "phase" varchar(20) NOT NULL, "decision" varchar(20), "start_date" varchar(10), "end_date" varchar(10), "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_213213fd4898048c453d1d75cf" ON "agreement_iteration" ("agreement_id") `);
    await queryRunner.query(`DROP INDEX "IDX_213213fd4898048c453d1d75cf"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement_iteration" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "version_id" varchar NOT NULL, "clause_ids" text NOT NULL, "title" varchar(200) NOT NULL, "question" text NOT NULL, "prediction" text NOT NULL, "plan" text NOT NULL, "actions" text NOT NULL, "observations" text NOT NULL, "learning" text NOT NULL, "phase" varchar(20) NOT NULL, "decision" varchar(20), "start_date" varchar(10), "end_date" varchar(10), "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_213213fd4898048c453d1d75cf8" FOREIGN KEY ("agreement_id") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3fd0c39053b172808701a8e9584" FOREIGN KEY ("version_id") REFERENCES "agreement_version" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_06c9031fb6562a224d540608be8" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement_iteration"("id", "agreement_id", "version_id", "clause_ids", "title", "question", "prediction", "plan", "actions", "observations", "learning", "phase", "decision", "start_date", "end_date", "created_by_id", "created_at", "updated_at") SELECT "id", "agreement_id", "version_id", "clause_ids", "title", "question", "prediction", "plan", "actions", "observations", "learning", "phase", "decision", "start_date", "end_date", "created_by_id", "created_at", "updated_at" FROM "agreement_iteration"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_iteration"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement_iteration" RENAME TO "agreement_iteration"`);
    await queryRunner.query(`CREATE INDEX "IDX_213213fd4898048c453d1d75cf" ON "agreement_iteration" ("agreement_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_213213fd4898048c453d1d75cf"`);
    await queryRunner.query(`ALTER TABLE "agreement_iteration" RENAME TO "temporary_agreement_iteration"`);
    await queryRunner.query(
      `CREATE TABLE "agreement_iteration" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "version_id" varchar NOT NULL, "clause_ids" text NOT NULL, "title" varchar(200) NOT NULL, "question" text NOT NULL, "prediction" text NOT NULL, "plan" text NOT NULL, "actions" text NOT NULL, "observations" text NOT NULL, "learning" text NOT NULL, "phase" varchar(20) NOT NULL, "decision" varchar(20), "start_date" varchar(10), "end_date" varchar(10), "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement_iteration"("id", "agreement_id", "version_id", "clause_ids", "title", "question", "prediction", "plan", "actions", "observations", "learning", "phase", "decision", "start_date", "end_date", "created_by_id", "created_at", "updated_at") SELECT "id", "agreement_id", "version_id", "clause_ids", "title", "question", "prediction", "plan", "actions", "observations", "learning", "phase", "decision", "start_date", "end_date", "created_by_id", "created_at", "updated_at" FROM "temporary_agreement_iteration"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement_iteration"`);
    await queryRunner.query(`CREATE INDEX "IDX_213213fd4898048c453d1d75cf" ON "agreement_iteration" ("agreement_id") `);
    await queryRunner.query(`DROP INDEX "IDX_213213fd4898048c453d1d75cf"`);
    await queryRunner.query(`DROP TABLE "agreement_iteration"`);
  }
}
