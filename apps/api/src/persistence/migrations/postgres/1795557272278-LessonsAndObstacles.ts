import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LessonsAndObstacles1795557272278 implements MigrationInterface {
  name = 'LessonsAndObstacles1795557272278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_team_id" uuid NOT NULL, "text" text NOT NULL, "case_ids" text NOT NULL, "session_ids" text NOT NULL, "dimensions" text NOT NULL, "theme" character varying(40) NOT NULL, "follow_up" character varying(30) NOT NULL, "status" character varying(20) NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_25956b54ead3ed776cbdad66c9" ON "lesson" ("building_team_id", "theme") `);
    await queryRunner.query(
      `CREATE TABLE "system_obstacle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_team_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "legal_framework" character varying(30), "case_ids" text NOT NULL, "escalation_status" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7636e9cad8ed8dd4993b2f1046d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_6bd5ca1af09a41bf3693e641ef2" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_32adfc5e6421ee6528daefb4e99" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "system_obstacle" ADD CONSTRAINT "FK_fc67c4ecce02098d974a95594e0" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "system_obstacle" DROP CONSTRAINT "FK_fc67c4ecce02098d974a95594e0"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_32adfc5e6421ee6528daefb4e99"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_6bd5ca1af09a41bf3693e641ef2"`);
    await queryRunner.query(`DROP TABLE "system_obstacle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25956b54ead3ed776cbdad66c9"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
  }
}
