import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1795560142868 implements MigrationInterface {
  name = 'Agreements1795560142868';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_team_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "scope" text NOT NULL, "decision_rule" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_902c0bff74ba387a22f62c813d" ON "agreement" ("building_team_id") `);
    await queryRunner.query(
      `CREATE TABLE "agreement_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "major" integer NOT NULL, "minor" integer NOT NULL, "status" character varying(20) NOT NULL, "clauses" text NOT NULL, "changelog" text NOT NULL, "revision" integer NOT NULL, "consent_round" integer NOT NULL, "based_on_version_id" character varying, "valid_from" character varying(10), "valid_until" character varying(10), "review_date" character varying(10), "created_by_id" uuid NOT NULL, "updated_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db3e64e691aef50c031de3c135a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_924ee19d0c923a80cfa8859893" ON "agreement_version" ("agreement_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ddfa090edad9d38a25abb57616" ON "agreement_version" ("agreement_id", "major", "minor") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "round" integer NOT NULL, "organisation_id" uuid NOT NULL, "stance" character varying(20) NOT NULL, "reason" text, "given_by_id" uuid, "current" boolean NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a31f8e722cf0db301a0e171efd6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_60d21c88abac723f0620e87c51" ON "agreement_consent" ("version_id", "round") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_version_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "revision" integer NOT NULL, "kind" character varying(20) NOT NULL, "fields" text NOT NULL, "clause_ids" text NOT NULL, "status" character varying(20) NOT NULL, "changed_by_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_304a82df47709b87d3a1ab840f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2f00dceb63f61175c0524d1b8" ON "agreement_version_change" ("version_id", "revision") `,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_902c0bff74ba387a22f62c813d3" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_33326c8daa3d41581d7b23751e0" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" ADD CONSTRAINT "FK_10e05212281052f9248e7fb1db1" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" ADD CONSTRAINT "FK_168c5ee281bb8449341c88eb94a" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" ADD CONSTRAINT "FK_3d235373b78e5faee30b1729f8d" FOREIGN KEY ("updated_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_consent" ADD CONSTRAINT "FK_ddd474b47bc31355e1243789bec" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_consent" ADD CONSTRAINT "FK_559e9143834577b09a0408f481c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_consent" ADD CONSTRAINT "FK_a6a092e58d4c38759a11cb2f9d0" FOREIGN KEY ("given_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version_change" ADD CONSTRAINT "FK_40cc26bce7c3accd39998ecf203" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version_change" ADD CONSTRAINT "FK_7f580e46707fd8eda0d188f9d1b" FOREIGN KEY ("changed_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_version_change" DROP CONSTRAINT "FK_7f580e46707fd8eda0d188f9d1b"`);
    await queryRunner.query(`ALTER TABLE "agreement_version_change" DROP CONSTRAINT "FK_40cc26bce7c3accd39998ecf203"`);
    await queryRunner.query(`ALTER TABLE "agreement_consent" DROP CONSTRAINT "FK_a6a092e58d4c38759a11cb2f9d0"`);
    await queryRunner.query(`ALTER TABLE "agreement_consent" DROP CONSTRAINT "FK_559e9143834577b09a0408f481c"`);
    await queryRunner.query(`ALTER TABLE "agreement_consent" DROP CONSTRAINT "FK_ddd474b47bc31355e1243789bec"`);
    await queryRunner.query(`ALTER TABLE "agreement_version" DROP CONSTRAINT "FK_3d235373b78e5faee30b1729f8d"`);
    await queryRunner.query(`ALTER TABLE "agreement_version" DROP CONSTRAINT "FK_168c5ee281bb8449341c88eb94a"`);
    await queryRunner.query(`ALTER TABLE "agreement_version" DROP CONSTRAINT "FK_10e05212281052f9248e7fb1db1"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_33326c8daa3d41581d7b23751e0"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_902c0bff74ba387a22f62c813d3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2f00dceb63f61175c0524d1b8"`);
    await queryRunner.query(`DROP TABLE "agreement_version_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60d21c88abac723f0620e87c51"`);
    await queryRunner.query(`DROP TABLE "agreement_consent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddfa090edad9d38a25abb57616"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_924ee19d0c923a80cfa8859893"`);
    await queryRunner.query(`DROP TABLE "agreement_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_902c0bff74ba387a22f62c813d"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
  }
}
