import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1795560141250 implements MigrationInterface {
  name = 'Agreements1795560141250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(
      `CREATE TABLE "agreement_version" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "major" integer NOT NULL, "minor" integer NOT NULL, "status" varchar(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "revision" integer NOT NULL, "consent_round" integer NOT NULL, "based_on_version_id" varchar, "valid_from" varchar(10), "valid_until" varchar(10), "review_date" varchar(10), "created_by_id" varchar NOT NULL, "updated_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_924ee19d0c923a80cfa8859893" ON "agreement_version" ("agreement_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ddfa090edad9d38a25abb57616" ON "agreement_version" ("agreement_id", "major", "minor") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_consent" ("id" varchar PRIMARY KEY NOT NULL, "version_id" varchar NOT NULL, "round" integer NOT NULL, "organisation_id" varchar NOT NULL, "stance" varchar(20) NOT NULL, "reason" text, "given_by_id" varchar, "current" boolean NOT NULL, "given_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_60d21c88abac723f0620e87c51" ON "agreement_consent" ("version_id", "round") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_version_change" ("id" varchar PRIMARY KEY NOT NULL, "version_id" varchar NOT NULL, "revision" integer NOT NULL, "kind" varchar(20) NOT NULL, "fields" text NOT NULL, "clause_ids" text NOT NULL, "status" varchar(20) NOT NULL, "changed_by_id" varchar NOT NULL, "changed_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2f00dceb63f61175c0524d1b8" ON "agreement_version_change" ("version_id", "revision") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_33326c8daa3d41581d7b23751e0" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at" FROM "agreement"`,
    );
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement" RENAME TO "agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_924ee19d0c923a80cfa8859893"`);
    await queryRunner.query(`DROP INDEX "IDX_ddfa090edad9d38a25abb57616"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement_version" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "major" integer NOT NULL, "minor" integer NOT NULL, "status" varchar(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "revision" integer NOT NULL, "consent_round" integer NOT NULL, "based_on_version_id" varchar, "valid_from" varchar(10), "valid_until" varchar(10), "review_date" varchar(10), "created_by_id" varchar NOT NULL, "updated_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_10e05212281052f9248e7fb1db1" FOREIGN KEY ("agreement_id") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_168c5ee281bb8449341c88eb94a" FOREIGN KEY ("created_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3d235373b78e5faee30b1729f8d" FOREIGN KEY ("updated_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement_version"("id", "agreement_id", "major", "minor", "status", "clauses", "changelog", "revision", "consent_round", "based_on_version_id", "valid_from", "valid_until", "review_date", "created_by_id", "updated_by_id", "created_at", "updated_at") SELECT "id", "agreement_id", "major", "minor", "status", "clauses", "changelog", "revision", "consent_round", "based_on_version_id", "valid_from", "valid_until", "review_date", "created_by_id", "updated_by_id", "created_at", "updated_at" FROM "agreement_version"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_version"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement_version" RENAME TO "agreement_version"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_924ee19d0c923a80cfa8859893" ON "agreement_version" ("agreement_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ddfa090edad9d38a25abb57616" ON "agreement_version" ("agreement_id", "major", "minor") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_60d21c88abac723f0620e87c51"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement_consent" ("id" varchar PRIMARY KEY NOT NULL, "version_id" varchar NOT NULL, "round" integer NOT NULL, "organisation_id" varchar NOT NULL, "stance" varchar(20) NOT NULL, "reason" text, "given_by_id" varchar, "current" boolean NOT NULL, "given_at" datetime NOT NULL, CONSTRAINT "FK_ddd474b47bc31355e1243789bec" FOREIGN KEY ("version_id") REFERENCES "agreement_version" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_559e9143834577b09a0408f481c" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a6a092e58d4c38759a11cb2f9d0" FOREIGN KEY ("given_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement_consent"("id", "version_id", "round", "organisation_id", "stance", "reason", "given_by_id", "current", "given_at") SELECT "id", "version_id", "round", "organisation_id", "stance", "reason", "given_by_id", "current", "given_at" FROM "agreement_consent"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_consent"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement_consent" RENAME TO "agreement_consent"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_60d21c88abac723f0620e87c51" ON "agreement_consent" ("version_id", "round") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a2f00dceb63f61175c0524d1b8"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_agreement_version_change" ("id" varchar PRIMARY KEY NOT NULL, "version_id" varchar NOT NULL, "revision" integer NOT NULL, "kind" varchar(20) NOT NULL, "fields" text NOT NULL, "clause_ids" text NOT NULL, "status" varchar(20) NOT NULL, "changed_by_id" varchar NOT NULL, "changed_at" datetime NOT NULL, CONSTRAINT "FK_40cc26bce7c3accd39998ecf203" FOREIGN KEY ("version_id") REFERENCES "agreement_version" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7f580e46707fd8eda0d188f9d1b" FOREIGN KEY ("changed_by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_agreement_version_change"("id", "version_id", "revision", "kind", "fields", "clause_ids", "status", "changed_by_id", "changed_at") SELECT "id", "version_id", "revision", "kind", "fields", "clause_ids", "status", "changed_by_id", "changed_at" FROM "agreement_version_change"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_version_change"`);
    await queryRunner.query(`ALTER TABLE "temporary_agreement_version_change" RENAME TO "agreement_version_change"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a2f00dceb63f61175c0524d1b8" ON "agreement_version_change" ("version_id", "revision") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a2f00dceb63f61175c0524d1b8"`);
    await queryRunner.query(`ALTER TABLE "agreement_version_change" RENAME TO "temporary_agreement_version_change"`);
    await queryRunner.query(
      `CREATE TABLE "agreement_version_change" ("id" varchar PRIMARY KEY NOT NULL, "version_id" varchar NOT NULL, "revision" integer NOT NULL, "kind" varchar(20) NOT NULL, "fields" text NOT NULL, "clause_ids" text NOT NULL, "status" varchar(20) NOT NULL, "changed_by_id" varchar NOT NULL, "changed_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement_version_change"("id", "version_id", "revision", "kind", "fields", "clause_ids", "status", "changed_by_id", "changed_at") SELECT "id", "version_id", "revision", "kind", "fields", "clause_ids", "status", "changed_by_id", "changed_at" FROM "temporary_agreement_version_change"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement_version_change"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a2f00dceb63f61175c0524d1b8" ON "agreement_version_change" ("version_id", "revision") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_60d21c88abac723f0620e87c51"`);
    await queryRunner.query(`ALTER TABLE "agreement_consent" RENAME TO "temporary_agreement_consent"`);
    await queryRunner.query(
      `CREATE TABLE "agreement_consent" ("id" varchar PRIMARY KEY NOT NULL, "version_id" varchar NOT NULL, "round" integer NOT NULL, "organisation_id" varchar NOT NULL, "stance" varchar(20) NOT NULL, "reason" text, "given_by_id" varchar, "current" boolean NOT NULL, "given_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement_consent"("id", "version_id", "round", "organisation_id", "stance", "reason", "given_by_id", "current", "given_at") SELECT "id", "version_id", "round", "organisation_id", "stance", "reason", "given_by_id", "current", "given_at" FROM "temporary_agreement_consent"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement_consent"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_60d21c88abac723f0620e87c51" ON "agreement_consent" ("version_id", "round") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ddfa090edad9d38a25abb57616"`);
    await queryRunner.query(`DROP INDEX "IDX_924ee19d0c923a80cfa8859893"`);
    await queryRunner.query(`ALTER TABLE "agreement_version" RENAME TO "temporary_agreement_version"`);
    await queryRunner.query(
      `CREATE TABLE "agreement_version" ("id" varchar PRIMARY KEY NOT NULL, "agreement_id" varchar NOT NULL, "major" integer NOT NULL, "minor" integer NOT NULL, "status" varchar(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "revision" integer NOT NULL, "consent_round" integer NOT NULL, "based_on_version_id" varchar, "valid_from" varchar(10), "valid_until" varchar(10), "review_date" varchar(10), "created_by_id" varchar NOT NULL, "updated_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement_version"("id", "agreement_id", "major", "minor", "status", "clauses", "changelog", "revision", "consent_round", "based_on_version_id", "valid_from", "valid_until", "review_date", "created_by_id", "updated_by_id", "created_at", "updated_at") SELECT "id", "agreement_id", "major", "minor", "status", "clauses", "changelog", "revision", "consent_round", "based_on_version_id", "valid_from", "valid_until", "review_date", "created_by_id", "updated_by_id", "created_at", "updated_at" FROM "temporary_agreement_version"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement_version"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ddfa090edad9d38a25abb57616" ON "agreement_version" ("agreement_id", "major", "minor") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_924ee19d0c923a80cfa8859893" ON "agreement_version" ("agreement_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`ALTER TABLE "agreement" RENAME TO "temporary_agreement"`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" varchar PRIMARY KEY NOT NULL, "building_team_id" varchar NOT NULL, "title" varchar(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" varchar NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "agreement"("id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at") SELECT "id", "building_team_id", "title", "scope", "decision_rule", "created_by_id", "created_at", "updated_at" FROM "temporary_agreement"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_agreement"`);
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(`DROP INDEX "IDX_a2f00dceb63f61175c0524d1b8"`);
    await queryRunner.query(`DROP TABLE "agreement_version_change"`);
    await queryRunner.query(`DROP INDEX "IDX_60d21c88abac723f0620e87c51"`);
    await queryRunner.query(`DROP TABLE "agreement_consent"`);
    await queryRunner.query(`DROP INDEX "IDX_ddfa090edad9d38a25abb57616"`);
    await queryRunner.query(`DROP INDEX "IDX_924ee19d0c923a80cfa8859893"`);
    await queryRunner.query(`DROP TABLE "agreement_version"`);
    await queryRunner.query(`DROP INDEX "IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
  }
}
