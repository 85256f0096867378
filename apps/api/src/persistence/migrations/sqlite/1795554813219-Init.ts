import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795554813219 implements MigrationInterface {
  name = 'Init1795554813219';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "type" varchar(40) NOT NULL, "kvk_number" varchar(8), "oin" varchar(20), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_d9428f9c8e3052d6617e3aab0ed" UNIQUE ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "building_team" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "theme" varchar(40) NOT NULL, "description" text NOT NULL DEFAULT (''), "start_date" varchar(10) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "municipality_id" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_8d766fc1d4d2e72ecd5f6567a02" UNIQUE ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_group" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (''), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_ab42edde75d48a31fa9083b247a" UNIQUE ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "building_team_partner" ("building_team_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, PRIMARY KEY ("building_team_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_957178e04f2644a9ddab000862" ON "building_team_partner" ("building_team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9" ON "building_team_partner" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "region_municipality" ("region_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, PRIMARY KEY ("region_id", "organisation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_93a91ab812df36a312cc17e548" ON "region_municipality" ("region_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_73cd56a0de216dcba3b317faab" ON "region_municipality" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_group_region" ("learning_group_id" varchar NOT NULL, "region_id" varchar NOT NULL, PRIMARY KEY ("learning_group_id", "region_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e61b149d086609213f0bee39af" ON "learning_group_region" ("learning_group_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c8d4bc31d018f509b338c75d51" ON "learning_group_region" ("region_id") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_building_team" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "theme" varchar(40) NOT NULL, "description" text NOT NULL DEFAULT (''), "start_date" varchar(10) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "municipality_id" varchar NOT NULL, CONSTRAINT "FK_c026e5e9df906b7d9018303d555" FOREIGN KEY ("municipality_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_building_team"("id", "name", "theme", "description", "start_date", "created_at", "updated_at", "municipality_id") SELECT "id", "name", "theme", "description", "start_date", "created_at", "updated_at", "municipality_id" FROM "building_team"`,
    );
    await queryRunner.query(`DROP TABLE "building_team"`);
    await queryRunner.query(`ALTER TABLE "temporary_building_team" RENAME TO "building_team"`);
    await queryRunner.query(`DROP INDEX "IDX_957178e04f2644a9ddab000862"`);
    await queryRunner.query(`DROP INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_building_team_partner" ("building_team_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, CONSTRAINT "FK_957178e04f2644a9ddab0008620" FOREIGN KEY ("building_team_id") REFERENCES "building_team" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_177d8e4f3d93d97c7bc9e27ad9f" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("building_team_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_building_team_partner"("building_team_id", "organisation_id") SELECT "building_team_id", "organisation_id" FROM "building_team_partner"`,
    );
    await queryRunner.query(`DROP TABLE "building_team_partner"`);
    await queryRunner.query(`ALTER TABLE "temporary_building_team_partner" RENAME TO "building_team_partner"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_957178e04f2644a9ddab000862" ON "building_team_partner" ("building_team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9" ON "building_team_partner" ("organisation_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_93a91ab812df36a312cc17e548"`);
    await queryRunner.query(`DROP INDEX "IDX_73cd56a0de216dcba3b317faab"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_region_municipality" ("region_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, CONSTRAINT "FK_93a91ab812df36a312cc17e5485" FOREIGN KEY ("region_id") REFERENCES "region" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_73cd56a0de216dcba3b317faab1" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("region_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_region_municipality"("region_id", "organisation_id") SELECT "region_id", "organisation_id" FROM "region_municipality"`,
    );
    await queryRunner.query(`DROP TABLE "region_municipality"`);
    await queryRunner.query(`ALTER TABLE "temporary_region_municipality" RENAME TO "region_municipality"`);
    await queryRunner.query(`CREATE INDEX "IDX_93a91ab812df36a312cc17e548" ON "region_municipality" ("region_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_73cd56a0de216dcba3b317faab" ON "region_municipality" ("organisation_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_e61b149d086609213f0bee39af"`);
    await queryRunner.query(`DROP INDEX "IDX_c8d4bc31d018f509b338c75d51"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_learning_group_region" ("learning_group_id" varchar NOT NULL, "region_id" varchar NOT NULL, CONSTRAINT "FK_e61b149d086609213f0bee39afe" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_c8d4bc31d018f509b338c75d518" FOREIGN KEY ("region_id") REFERENCES "region" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("learning_group_id", "region_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_learning_group_region"("learning_group_id", "region_id") SELECT "learning_group_id", "region_id" FROM "learning_group_region"`,
    );
    await queryRunner.query(`DROP TABLE "learning_group_region"`);
    await queryRunner.query(`ALTER TABLE "temporary_learning_group_region" RENAME TO "learning_group_region"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e61b149d086609213f0bee39af" ON "learning_group_region" ("learning_group_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c8d4bc31d018f509b338c75d51" ON "learning_group_region" ("region_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c8d4bc31d018f509b338c75d51"`);
    await queryRunner.query(`DROP INDEX "IDX_e61b149d086609213f0bee39af"`);
    await queryRunner.query(`ALTER TABLE "learning_group_region" RENAME TO "temporary_learning_group_region"`);
    await queryRunner.query(
      `CREATE TABLE "learning_group_region" ("learning_group_id" varchar NOT NULL, "region_id" varchar NOT NULL, PRIMARY KEY ("learning_group_id", "region_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "learning_group_region"("learning_group_id", "region_id") SELECT "learning_group_id", "region_id" FROM "temporary_learning_group_region"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_learning_group_region"`);
    await queryRunner.query(`CREATE INDEX "IDX_c8d4bc31d018f509b338c75d51" ON "learning_group_region" ("region_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_e61b149d086609213f0bee39af" ON "learning_group_region" ("learning_group_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_73cd56a0de216dcba3b317faab"`);
    await queryRunner.query(`DROP INDEX "IDX_93a91ab812df36a312cc17e548"`);
    await queryRunner.query(`ALTER TABLE "region_municipality" RENAME TO "temporary_region_municipality"`);
    await queryRunner.query(
      `CREATE TABLE "region_municipality" ("region_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, PRIMARY KEY ("region_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "region_municipality"("region_id", "organisation_id") SELECT "region_id", "organisation_id" FROM "temporary_region_municipality"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_region_municipality"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_73cd56a0de216dcba3b317faab" ON "region_municipality" ("organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_93a91ab812df36a312cc17e548" ON "region_municipality" ("region_id") `);
    await queryRunner.query(`DROP INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9"`);
    await queryRunner.query(`DROP INDEX "IDX_957178e04f2644a9ddab000862"`);
    await queryRunner.query(`ALTER TABLE "building_team_partner" RENAME TO "temporary_building_team_partner"`);
    await queryRunner.query(
      `CREATE TABLE "building_team_partner" ("building_team_id" varchar NOT NULL, "organisation_id" varchar NOT NULL, PRIMARY KEY ("building_team_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "building_team_partner"("building_team_id", "organisation_id") SELECT "building_team_id", "organisation_id" FROM "temporary_building_team_partner"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_building_team_partner"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9" ON "building_team_partner" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_957178e04f2644a9ddab000862" ON "building_team_partner" ("building_team_id") `,
    );
    await queryRunner.query(`ALTER TABLE "building_team" RENAME TO "temporary_building_team"`);
    await queryRunner.query(
      `CREATE TABLE "building_team" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "theme" varchar(40) NOT NULL, "description" text NOT NULL DEFAULT (''), "start_date" varchar(10) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "municipality_id" varchar NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "building_team"("id", "name", "theme", "description", "start_date", "created_at", "updated_at", "municipality_id") SELECT "id", "name", "theme", "description", "start_date", "created_at", "updated_at", "municipality_id" FROM "temporary_building_team"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_building_team"`);
    await queryRunner.query(`DROP INDEX "IDX_c8d4bc31d018f509b338c75d51"`);
    await queryRunner.query(`DROP INDEX "IDX_e61b149d086609213f0bee39af"`);
    await queryRunner.query(`DROP TABLE "learning_group_region"`);
    await queryRunner.query(`DROP INDEX "IDX_73cd56a0de216dcba3b317faab"`);
    await queryRunner.query(`DROP INDEX "IDX_93a91ab812df36a312cc17e548"`);
    await queryRunner.query(`DROP TABLE "region_municipality"`);
    await queryRunner.query(`DROP INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9"`);
    await queryRunner.query(`DROP INDEX "IDX_957178e04f2644a9ddab000862"`);
    await queryRunner.query(`DROP TABLE "building_team_partner"`);
    await queryRunner.query(`DROP TABLE "learning_group"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TABLE "building_team"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
