import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795554829041 implements MigrationInterface {
  name = 'Init1795554829041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "type" character varying(40) NOT NULL, "kvk_number" character varying(8), "oin" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d9428f9c8e3052d6617e3aab0ed" UNIQUE ("name"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "building_team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "theme" character varying(40) NOT NULL, "description" text NOT NULL DEFAULT '', "start_date" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, CONSTRAINT "PK_c1cac6ec57a659e2dc3dc499a60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8d766fc1d4d2e72ecd5f6567a02" UNIQUE ("name"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ab42edde75d48a31fa9083b247a" UNIQUE ("name"), CONSTRAINT "PK_aa2436feed4ab894b2733cde7a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "building_team_partner" ("building_team_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_c597325e4314d8c985cab0bd8e4" PRIMARY KEY ("building_team_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_957178e04f2644a9ddab000862" ON "building_team_partner" ("building_team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_177d8e4f3d93d97c7bc9e27ad9" ON "building_team_partner" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "region_municipality" ("region_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_7acdfb8c1ad171cca8520c76a68" PRIMARY KEY ("region_id", "organisation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_93a91ab812df36a312cc17e548" ON "region_municipality" ("region_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_73cd56a0de216dcba3b317faab" ON "region_municipality" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_group_region" ("learning_group_id" uuid NOT NULL, "region_id" uuid NOT NULL, CONSTRAINT "PK_d625c290c08f0f005da22fc7ebe" PRIMARY KEY ("learning_group_id", "region_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e61b149d086609213f0bee39af" ON "learning_group_region" ("learning_group_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c8d4bc31d018f509b338c75d51" ON "learning_group_region" ("region_id") `);
    await queryRunner.query(
      `ALTER TABLE "building_team" ADD CONSTRAINT "FK_c026e5e9df906b7d9018303d555" FOREIGN KEY ("municipality_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "building_team_partner" ADD CONSTRAINT "FK_957178e04f2644a9ddab0008620" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "building_team_partner" ADD CONSTRAINT "FK_177d8e4f3d93d97c7bc9e27ad9f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_municipality" ADD CONSTRAINT "FK_93a91ab812df36a312cc17e5485" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_municipality" ADD CONSTRAINT "FK_73cd56a0de216dcba3b317faab1" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_group_region" ADD CONSTRAINT "FK_e61b149d086609213f0bee39afe" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_group_region" ADD CONSTRAINT "FK_c8d4bc31d018f509b338c75d518" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_group_region" DROP CONSTRAINT "FK_c8d4bc31d018f509b338c75d518"`);
    await queryRunner.query(`ALTER TABLE "learning_group_region" DROP CONSTRAINT "FK_e61b149d086609213f0bee39afe"`);
    await queryRunner.query(`ALTER TABLE "region_municipality" DROP CONSTRAINT "FK_73cd56a0de216dcba3b317faab1"`);
    await queryRunner.query(`ALTER TABLE "region_municipality" DROP CONSTRAINT "FK_93a91ab812df36a312cc17e5485"`);
    await queryRunner.query(`ALTER TABLE "building_team_partner" DROP CONSTRAINT "FK_177d8e4f3d93d97c7bc9e27ad9f"`);
    await queryRunner.query(`ALTER TABLE "building_team_partner" DROP CONSTRAINT "FK_957178e04f2644a9ddab0008620"`);
    await queryRunner.query(`ALTER TABLE "building_team" DROP CONSTRAINT "FK_c026e5e9df906b7d9018303d555"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c8d4bc31d018f509b338c75d51"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e61b149d086609213f0bee39af"`);
    await queryRunner.query(`DROP TABLE "learning_group_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73cd56a0de216dcba3b317faab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93a91ab812df36a312cc17e548"`);
    await queryRunner.query(`DROP TABLE "region_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_177d8e4f3d93d97c7bc9e27ad9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_957178e04f2644a9ddab000862"`);
    await queryRunner.query(`DROP TABLE "building_team_partner"`);
    await queryRunner.query(`DROP TABLE "learning_group"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TABLE "building_team"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
