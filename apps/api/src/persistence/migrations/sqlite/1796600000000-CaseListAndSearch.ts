import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists whose cost does not grow with the table, and full-text search with FTS5 (issue #16). The b-tree indexes are
 * named on their entities with `synchronize: false` (TypeORM cannot describe descending order).
 *
 * `case_search` is an external-content FTS5 table over `case_record` (title, narrative): it stores only the index,
 * keyed by `case_record`'s rowid, and triggers keep it in step. A later migration that rebuilds `case_record` (TypeORM
 * does that for most column changes on SQLite: new table, copy, drop, rename) drops these triggers and renumbers the
 * rowids: it must call `createCaseSearch` again afterwards (the search tests fail until it does).
 */
export class CaseListAndSearch1796600000000 implements MigrationInterface {
  name = 'CaseListAndSearch1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_team_created" ON "case_record" ("building_team_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_case_record_team_status_created" ON "case_record" ("building_team_id", "status", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_record_created" ON "case_record" ("created_at" DESC, "id" DESC)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_lesson_team_created" ON "lesson" ("building_team_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_lesson_created" ON "lesson" ("created_at" DESC, "id" DESC)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_access_log_entry_person_occurred" ON "access_log_entry" ("person_id", "occurred_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_access_log_entry_owner_occurred" ON "access_log_entry" ("record_owner_id", "occurred_at" DESC, "id" DESC)`,
    );
    await createCaseSearch(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropCaseSearch(queryRunner);
    for (const index of [
      'IDX_access_log_entry_owner_occurred',
      'IDX_access_log_entry_person_occurred',
      'IDX_lesson_created',
      'IDX_lesson_team_created',
      'IDX_case_record_created',
      'IDX_case_record_team_status_created',
      'IDX_case_record_team_created',
    ])
      await queryRunner.query(`DROP INDEX "${index}"`);
  }
}

/** (Re)makes the FTS5 index of the cases' title and narrative and its triggers, and fills it from `case_record`. */
export async function createCaseSearch(queryRunner: QueryRunner): Promise<void> {
  await dropCaseSearch(queryRunner);
  await queryRunner.query(
    `CREATE VIRTUAL TABLE "case_search" USING fts5(title, narrative, content='case_record', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
  );
  await queryRunner.query(
    `CREATE TRIGGER "case_search_insert" AFTER INSERT ON "case_record" BEGIN
       INSERT INTO case_search(rowid, title, narrative) VALUES (new.rowid, new.title, new.narrative);
     END`,
  );
  await queryRunner.query(
    `CREATE TRIGGER "case_search_delete" AFTER DELETE ON "case_record" BEGIN
       INSERT INTO case_search(case_search, rowid, title, narrative) VALUES ('delete', old.rowid, old.title, old.narrative);
     END`,
  );
  await queryRunner.query(
    `CREATE TRIGGER "case_search_update" AFTER UPDATE OF title, narrative ON "case_record" BEGIN
       INSERT INTO case_search(case_search, rowid, title, narrative) VALUES ('delete', old.rowid, old.title, old.narrative);
       INSERT INTO case_search(rowid, title, narrative) VALUES (new.rowid, new.title, new.narrative);
     END`,
  );
  await queryRunner.query(`INSERT INTO case_search(case_search) VALUES ('rebuild')`);
}

async function dropCaseSearch(queryRunner: QueryRunner): Promise<void> {
  for (const trigger of ['case_search_insert', 'case_search_delete', 'case_search_update'])
    await queryRunner.query(`DROP TRIGGER IF EXISTS "${trigger}"`);
  await queryRunner.query(`DROP TABLE IF EXISTS "case_search"`);
}
