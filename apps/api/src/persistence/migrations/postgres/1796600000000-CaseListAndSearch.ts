import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists whose cost does not grow with the table, and the Dutch full-text search (issue #16). Every index here is
 * named on its entity with `synchronize: false`: TypeORM cannot describe descending or expression indexes.
 * The text-search expressions must stay identical to those in `cases.repository.ts`, or the planner will not use them.
 */
export class CaseListAndSearch1796600000000 implements MigrationInterface {
  name = 'CaseListAndSearch1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The case list: this bouwteam (or all in scope), optionally this status, newest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_team_created" ON "case_record" ("building_team_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_team_status_created" ON "case_record" ("building_team_id", "status", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_record_created" ON "case_record" ("created_at" DESC, "id" DESC)`);
    // Search: title alone (what a manager may search) and title with narrative, with the Dutch configuration.
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_title_search" ON "case_record" USING GIN (to_tsvector('dutch', "title"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_search" ON "case_record" USING GIN (to_tsvector('dutch', "title" || ' ' || coalesce("narrative", '')))`,
    );
    // Life domains and legal frameworks are JSON text: "contains" through jsonb.
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_life_domains" ON "case_record" USING GIN (("life_domains"::jsonb) jsonb_path_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_legal_frameworks" ON "case_record" USING GIN (("legal_frameworks"::jsonb) jsonb_path_ops)`,
    );
    // Lessons, newest first, of a bouwteam or of all in scope.
    await queryRunner.query(
      `CREATE INDEX "IDX_lesson_team_created" ON "lesson" ("building_team_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_lesson_created" ON "lesson" ("created_at" DESC, "id" DESC)`);
    // The access log of a person (what they did) and about a person (who read their records), newest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_access_log_entry_person_occurred" ON "access_log_entry" ("person_id", "occurred_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_access_log_entry_owner_occurred" ON "access_log_entry" ("record_owner_id", "occurred_at" DESC, "id" DESC)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'IDX_access_log_entry_owner_occurred',
      'IDX_access_log_entry_person_occurred',
      'IDX_lesson_created',
      'IDX_lesson_team_created',
      'IDX_case_record_legal_frameworks',
      'IDX_case_record_life_domains',
      'IDX_case_record_search',
      'IDX_case_record_title_search',
      'IDX_case_record_created',
      'IDX_case_record_team_status_created',
      'IDX_case_record_team_created',
    ])
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
  }
}
