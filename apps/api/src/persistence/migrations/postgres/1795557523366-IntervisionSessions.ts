import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntervisionSessions1795557523366 implements MigrationInterface {
  name = 'IntervisionSessions1795557523366';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intervision_method" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "phases" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c34638bf215b833f8eb2c99c900" UNIQUE ("code"), CONSTRAINT "PK_6d326b580d023446939a0f3db33" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "building_team_id" uuid NOT NULL, "method_id" uuid NOT NULL, "method_code" character varying(60) NOT NULL, "method_name" text NOT NULL, "phases" text NOT NULL, "planned_date" character varying(10) NOT NULL, "status" character varying(20) NOT NULL, "progress" text NOT NULL, "case_ids" text NOT NULL, "inbrenger_id" uuid NOT NULL, "facilitator_id" uuid NOT NULL, "note_taker_id" uuid NOT NULL, "participant_ids" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "created_by_id" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1fa21d1a71e526431a35cf3de7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_144dfcbf1acc6b675c1256ca15" ON "intervision_session" ("building_team_id", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "what" text NOT NULL, "owner_id" uuid, "due_date" character varying(10) NOT NULL, "status" character varying(20) NOT NULL, "created_by_id" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d90610172b038591792af103835" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_82e280e792f45f6bc08b6b9271" ON "intervision_action" ("session_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_input" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "phase" integer NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f3bb8766c58de01dca054543432" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9baf4e8e655b68803a4454eee" ON "intervision_input" ("session_id", "phase") `,
    );
    await queryRunner.query(
      `CREATE TABLE "intervision_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "phase" integer NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6b3faae9a83acc350aa44bb1e4f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a666ac1f5df3e3c3f11fcf73ea" ON "intervision_note" ("session_id", "phase") `,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_a51c3c51891d4966515a84225ec" FOREIGN KEY ("building_team_id") REFERENCES "building_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_a34874e71aa4923aa89c525ed42" FOREIGN KEY ("method_id") REFERENCES "intervision_method"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_2921224665a68bc42de3c4d1b6a" FOREIGN KEY ("inbrenger_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_e0acb817932cdb8131d464bcc25" FOREIGN KEY ("facilitator_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_session" ADD CONSTRAINT "FK_3d5dd25c769b415d7f0af65d310" FOREIGN KEY ("note_taker_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_action" ADD CONSTRAINT "FK_61684195ac3078a64057c792301" FOREIGN KEY ("session_id") REFERENCES "intervision_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_action" ADD CONSTRAINT "FK_118678a8bd82a20e7216d87f44d" FOREIGN KEY ("owner_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_input" ADD CONSTRAINT "FK_9f903bb7b9a54ab9f50e1828fdb" FOREIGN KEY ("session_id") REFERENCES "intervision_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_input" ADD CONSTRAINT "FK_1bea65e9ec401ff8c3bb7fbb2d5" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_note" ADD CONSTRAINT "FK_ea0f0d3db38f546ada04e3ef53d" FOREIGN KEY ("session_id") REFERENCES "intervision_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "intervision_note" ADD CONSTRAINT "FK_8bf4c532bcbc705ee63a6a8208e" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intervision_note" DROP CONSTRAINT "FK_8bf4c532bcbc705ee63a6a8208e"`);
    await queryRunner.query(`ALTER TABLE "intervision_note" DROP CONSTRAINT "FK_ea0f0d3db38f546ada04e3ef53d"`);
    await queryRunner.query(`ALTER TABLE "intervision_input" DROP CONSTRAINT "FK_1bea65e9ec401ff8c3bb7fbb2d5"`);
    await queryRunner.query(`ALTER TABLE "intervision_input" DROP CONSTRAINT "FK_9f903bb7b9a54ab9f50e1828fdb"`);
    await queryRunner.query(`ALTER TABLE "intervision_action" DROP CONSTRAINT "FK_118678a8bd82a20e7216d87f44d"`);
    await queryRunner.query(`ALTER TABLE "intervision_action" DROP CONSTRAINT "FK_61684195ac3078a64057c792301"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_3d5dd25c769b415d7f0af65d310"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_e0acb817932cdb8131d464bcc25"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_2921224665a68bc42de3c4d1b6a"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_a34874e71aa4923aa89c525ed42"`);
    await queryRunner.query(`ALTER TABLE "intervision_session" DROP CONSTRAINT "FK_a51c3c51891d4966515a84225ec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a666ac1f5df3e3c3f11fcf73ea"`);
    await queryRunner.query(`DROP TABLE "intervision_note"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a9baf4e8e655b68803a4454eee"`);
    await queryRunner.query(`DROP TABLE "intervision_input"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82e280e792f45f6bc08b6b9271"`);
    await queryRunner.query(`DROP TABLE "intervision_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_144dfcbf1acc6b675c1256ca15"`);
    await queryRunner.query(`DROP TABLE "intervision_session"`);
    await queryRunner.query(`DROP TABLE "intervision_method"`);
  }
}
