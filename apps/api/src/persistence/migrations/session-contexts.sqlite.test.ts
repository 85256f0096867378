import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../data-source.js';
import { sqliteMigrations } from './sqlite/index.js';

/**
 * SQLite rebuilds the intervision_session table to make its bouwteam optional (a session of a learning group); with
 * foreign keys on, dropping the old table would cascade into every input, note and action. This migrates a database
 * holding a session with all three and checks nothing is lost.
 */
describe('SQLite migration SessionContexts', () => {
  it('keeps the inputs, notes and actions of existing sessions', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-migration-')), 'db.sqlite');
    const options = dataSourceOptions({ SQLITE_PATH: file, DATABASE_URL: undefined });
    const before = new DataSource({
      ...options,
      migrations: sqliteMigrations.filter((migration) => migration.name !== 'SessionContexts1796800000000'),
    });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const now = new Date().toISOString();
    await before.query(`INSERT INTO organisation (id, name, type) VALUES ('o1', 'Gemeente', 'municipality')`);
    await before.query(
      `INSERT INTO person (id, name, email, organisation_id) VALUES ('p1', 'Beheer', 'beheer@example.org', 'o1')`,
    );
    await before.query(
      `INSERT INTO building_team (id, name, theme, start_date, municipality_id) VALUES ('t1', 'Bouwteam', 'youth', '2026-01-01', 'o1')`,
    );
    await before.query(
      `INSERT INTO intervision_method (id, code, name, description, phases) VALUES ('m1', 'incident', '{}', '{}', '[]')`,
    );
    await before.query(
      `INSERT INTO intervision_session (id, building_team_id, method_id, method_code, method_name, phases, planned_date, status, progress, case_ids, inbrenger_id, facilitator_id, note_taker_id, participant_ids, created_by_id) VALUES ('s1', 't1', 'm1', 'incident', '{}', '[]', '2026-01-10', 'ended', '{}', '[]', 'p1', 'p1', 'p1', '[]', 'p1')`,
    );
    await before.query(
      `INSERT INTO intervision_input (id, session_id, phase, author_id, text, created_at) VALUES ('i1', 's1', 0, 'p1', 'Inbreng', ?)`,
      [now],
    );
    await before.query(
      `INSERT INTO intervision_note (id, session_id, phase, author_id, text, created_at) VALUES ('n1', 's1', 0, 'p1', 'Notitie', ?)`,
      [now],
    );
    await before.query(
      `INSERT INTO intervision_action (id, session_id, what, owner_id, due_date, status, created_by_id) VALUES ('a1', 's1', 'Bellen', 'p1', '2026-02-01', 'open', 'p1')`,
    );
    await before.destroy();

    const after = new DataSource(options);
    await after.initialize();
    await after.runMigrations({ transaction: 'each' });
    expect(await after.query(`SELECT id, building_team_id, learning_group_id FROM intervision_session`)).toEqual([
      { id: 's1', building_team_id: 't1', learning_group_id: null },
    ]);
    expect(await after.query(`SELECT id FROM intervision_input`)).toEqual([{ id: 'i1' }]);
    expect(await after.query(`SELECT id FROM intervision_note`)).toEqual([{ id: 'n1' }]);
    expect(await after.query(`SELECT id FROM intervision_action`)).toEqual([{ id: 'a1' }]);
    expect(await after.query(`PRAGMA foreign_keys`)).toEqual([{ foreign_keys: 1 }]);
    await expect(
      after.query(
        `INSERT INTO intervision_session (id, method_id, method_code, method_name, phases, planned_date, status, progress, case_ids, inbrenger_id, facilitator_id, note_taker_id, participant_ids, created_by_id) VALUES ('s2', 'm1', 'incident', '{}', '[]', '2026-01-10', 'planned', '{}', '[]', 'p1', 'p1', 'p1', '[]', 'p1')`,
      ),
    ).rejects.toThrow(/CHECK/);
    await after.destroy();
  });
});
