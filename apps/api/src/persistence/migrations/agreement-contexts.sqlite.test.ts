import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { dataSourceOptions } from '../data-source.js';
import { sqliteMigrations } from './sqlite/index.js';

/**
 * SQLite rebuilds the agreement table to make its bouwteam optional; with foreign keys on, dropping the old table would
 * cascade into every version, stance and change. This migrates a database holding an agreement and checks nothing is lost.
 */
describe('SQLite migration AgreementContexts', () => {
  it('keeps the versions, stances and history of existing agreements', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-migration-')), 'db.sqlite');
    const options = dataSourceOptions({ SQLITE_PATH: file, DATABASE_URL: undefined });
    const before = new DataSource({
      ...options,
      migrations: sqliteMigrations.filter((migration) => migration.name !== 'AgreementContexts1796043490872'),
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
      `INSERT INTO agreement (id, building_team_id, title, scope, decision_rule, created_by_id, created_at, updated_at) VALUES ('a1', 't1', 'Afspraken', '', '{"kind":"unanimity-of-participants"}', 'p1', ?, ?)`,
      [now, now],
    );
    await before.query(
      `INSERT INTO agreement_version (id, agreement_id, major, minor, status, clauses, changelog, revision, consent_round, created_by_id, updated_by_id, created_at, updated_at) VALUES ('v1', 'a1', 0, 1, 'concept', '[]', '', 1, 0, 'p1', 'p1', ?, ?)`,
      [now, now],
    );
    await before.destroy();

    const after = new DataSource(options);
    await after.initialize();
    await after.runMigrations({ transaction: 'each' });
    expect(await after.query(`SELECT id, building_team_id, learning_group_id FROM agreement`)).toEqual([
      { id: 'a1', building_team_id: 't1', learning_group_id: null },
    ]);
    expect(await after.query(`SELECT id FROM agreement_version`)).toEqual([{ id: 'v1' }]);
    expect(await after.query(`PRAGMA foreign_keys`)).toEqual([{ foreign_keys: 1 }]);
    await expect(
      after.query(
        `INSERT INTO agreement (id, title, scope, decision_rule, created_by_id, created_at, updated_at) VALUES ('a2', 'Zonder context', '', '{}', 'p1', ?, ?)`,
        [now, now],
      ),
    ).rejects.toThrow(/CHECK/);
    await after.destroy();
  });
});
