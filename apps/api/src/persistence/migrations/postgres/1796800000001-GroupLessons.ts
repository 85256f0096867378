import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupLessons1796800000001 implements MigrationInterface {
  name = 'GroupLessons1796800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "group_lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "learning_group_id" uuid NOT NULL, "text" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" character varying(40) NOT NULL, "shared_from_lesson_id" uuid, "shared_from_team_id" uuid, "shared_by_id" uuid, "recorded_by_id" uuid NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16c2cc3630e850bee88caedfd8a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0409cb0022639775acbf5569b4" ON "group_lesson" ("shared_from_lesson_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aec7504096839e7bc600da6cd6" ON "group_lesson" ("learning_group_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "group_lesson" ADD CONSTRAINT "FK_897f077c5789dbb2af1e92608e8" FOREIGN KEY ("learning_group_id") REFERENCES "learning_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_lesson" ADD CONSTRAINT "FK_0409cb0022639775acbf5569b4b" FOREIGN KEY ("shared_from_lesson_id") REFERENCES "lesson"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_lesson" ADD CONSTRAINT "FK_80ed6af87be689d9c9c23252ab8" FOREIGN KEY ("shared_from_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_lesson" ADD CONSTRAINT "FK_300ad35da06614f9fad8c5f8583" FOREIGN KEY ("shared_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_lesson" ADD CONSTRAINT "FK_127a384a6038e326cbb63bd3305" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "group_lesson" DROP CONSTRAINT "FK_127a384a6038e326cbb63bd3305"`);
    await queryRunner.query(`ALTER TABLE "group_lesson" DROP CONSTRAINT "FK_300ad35da06614f9fad8c5f8583"`);
    await queryRunner.query(`ALTER TABLE "group_lesson" DROP CONSTRAINT "FK_80ed6af87be689d9c9c23252ab8"`);
    await queryRunner.query(`ALTER TABLE "group_lesson" DROP CONSTRAINT "FK_0409cb0022639775acbf5569b4b"`);
    await queryRunner.query(`ALTER TABLE "group_lesson" DROP CONSTRAINT "FK_897f077c5789dbb2af1e92608e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aec7504096839e7bc600da6cd6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0409cb0022639775acbf5569b4"`);
    await queryRunner.query(`DROP TABLE "group_lesson"`);
  }
}
