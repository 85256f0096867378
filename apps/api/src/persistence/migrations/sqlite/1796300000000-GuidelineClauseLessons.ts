import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GuidelineClauseLessons1796300000000 implements MigrationInterface {
  name = 'GuidelineClauseLessons1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registration_guideline_clause_lesson" ("guideline_id" varchar NOT NULL, "field" varchar(40) NOT NULL, "lesson_id" varchar NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_9d47970a97a3aba7eb594a648b6" FOREIGN KEY ("guideline_id") REFERENCES "registration_guideline" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_a9267d653e87b702416cee7d5aa" FOREIGN KEY ("lesson_id") REFERENCES "lesson" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("guideline_id", "field", "lesson_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9267d653e87b702416cee7d5a" ON "registration_guideline_clause_lesson" ("lesson_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a9267d653e87b702416cee7d5a"`);
    await queryRunner.query(`DROP TABLE "registration_guideline_clause_lesson"`);
  }
}
