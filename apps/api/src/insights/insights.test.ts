import { InsightSchema, ProblemSchema, xlsxMediaType, type Insight, type LifeDomain } from '@leerkring/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/** Every shown entry of a published table, totals included, as [row][column] with the totals last. */
const grid = (insight: Insight) => {
  const table = insight.table!;
  return [...table.cells.map((row, index) => [...row, table.rowTotals[index]!]), [...table.columnTotals, table.total]];
};

describe('insight through disclosure control', () => {
  let test: TestApp;
  let team: string;
  let maastricht: string;
  let achterhoek: string;
  let manager: TestSession;
  let outsider: TestSession;

  const get = (session: TestSession, url: string) => session.request({ method: 'GET', url: `/api/v1/insights/${url}` });
  const insight = async (session: TestSession, url: string) => {
    const response = await get(session, url);
    expect(response.statusCode, response.body).toBe(200);
    return InsightSchema.parse(response.json());
  };

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    const teams = test.dataSource.getRepository(BuildingTeamEntity);
    team = (await teams.findOneByOrFail({ name: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' })).id;
    maastricht = (await teams.findOneByOrFail({ name: 'Blauwe Zorg in de Wijk Maastricht' })).id;
    achterhoek = (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' })).id;
    manager = await test.signIn('manager@leerkring.test');
    outsider = await test.signIn('buiten@leerkring.test');
    // Maastricht, where the outsider is a partner: 15 more cases coded by life domain, 3 of them from long ago.
    const partner = await test.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'buiten@leerkring.test' });
    const coded = (underlying: LifeDomain, createdAt = new Date()) => ({
      title: 'Gecodeerde casus',
      presentingDimensions: [],
      underlyingDimensions: [],
      lifeDomains: ['housing' as const],
      underlyingLifeDomains: [underlying],
      organisationTypesInvolved: [],
      legalFrameworks: [],
      professionalsInvolved: 3,
      buildingTeamId: maastricht,
      status: 'discussed' as const,
      broughtInById: partner.id,
      organisationId: partner.organisationId,
      createdAt,
      updatedAt: createdAt,
    });
    await test.dataSource
      .getRepository(CaseEntity)
      .insert([
        ...Array.from({ length: 12 }, () => coded('finances')),
        ...Array.from({ length: 3 }, () => coded('social-network', new Date('2020-03-01T10:00:00Z'))),
      ]);
  });
  afterAll(async () => {
    await test.close();
  });

  it('shows the manager, across 200+ cases, where presenting questions rest, small cells and what gives them away suppressed', async () => {
    const result = await insight(manager, `question-shifts?buildingTeamId=${team}`);
    expect(result.outcome).toBe('shown');
    expect(result.population).toBeGreaterThanOrEqual(200);
    const table = result.table!;
    const cell = (presenting: string, underlying: string) =>
      table.cells[table.rows.findIndex((row) => row.code === presenting)]![
        table.columns.findIndex((column) => column.code === underlying)
      ]!;
    expect(cell('daily-functioning', 'participation').count).toBeGreaterThanOrEqual(46);
    expect(cell('participation', 'mental-wellbeing')).toEqual({ count: null, suppressed: true });
    // No count of 1–4 is shown, and no row or column has exactly one suppressed entry.
    const entries = grid(result);
    for (const entry of entries.flat())
      expect(entry.count === null || entry.count === 0 || entry.count >= 5).toBe(true);
    const lines = [...entries, ...entries[0]!.map((_, column) => entries.map((row) => row[column]!))];
    for (const line of lines) expect(line.filter((entry) => entry.suppressed).length).not.toBe(1);
    expect(JSON.stringify(result)).not.toMatch(/narrative|Casus \d/);
  });

  it.each([
    'life-domain-shifts',
    'professionals-per-case',
    'legal-frameworks',
    'system-obstacles',
    'lessons-per-theme',
  ])('shows the manager %s from the demo data with shown and suppressed cells', async (kind) => {
    const result = await insight(manager, `${kind}?buildingTeamId=${team}`);
    expect(result.outcome).toBe('shown');
    const entries = grid(result).flat();
    expect(entries.some((entry) => !entry.suppressed && entry.count! >= 5)).toBe(true);
    expect(entries.some((entry) => entry.suppressed)).toBe(true);
    for (const entry of entries) expect(entry.count === null || entry.count === 0 || entry.count >= 5).toBe(true);
  });

  it('narrows to a region and a period, and refuses an unknown region', async () => {
    const inRegion = await insight(manager, `question-shifts?regionId=${achterhoek}&from=2000-01-01&to=2100-12-31`);
    expect(inRegion.population).toBeGreaterThanOrEqual(200);
    expect(inRegion.filters).toEqual({ regionId: achterhoek, from: '2000-01-01', to: '2100-12-31' });
    expect((await get(manager, `question-shifts?regionId=${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('shows another municipality nothing of the bouwteam, and too little of its own to tell anything', async () => {
    expect((await get(outsider, `question-shifts?buildingTeamId=${team}`)).statusCode).toBe(404);
    // Of Oude IJsselstreek's lessons the outsider sees none: too few to tell anything.
    const lessons = await insight(outsider, 'lessons-per-theme');
    expect(lessons).toMatchObject({ outcome: 'too-small', population: null, table: null });
  });

  it('counts the life domains of presenting and underlying questions apart, with complementary suppression', async () => {
    const result = await insight(outsider, `life-domain-shifts?buildingTeamId=${maastricht}`);
    expect(result.population).toBe(16);
    const table = result.table!;
    const housing = table.rows.findIndex((row) => row.code === 'housing');
    const column = (code: string) => table.columns.findIndex((item) => item.code === code);
    expect(table.cells[housing]![column('social-network')]).toEqual({ count: null, suppressed: true });
    // The row total 15 minus a shown 12 would give the 3 away: the 12 (the cheapest) is suppressed with it, and so
    // are the two column totals, which would give each away in turn.
    expect(table.cells[housing]![column('finances')]).toEqual({ count: null, suppressed: true });
    expect(table.rowTotals[housing]).toEqual({ count: 15, suppressed: false });
    expect(table.columnTotals[column('finances')]!.suppressed).toBe(true);
    expect(table.columnTotals[column('social-network')]!.suppressed).toBe(true);
    expect(table.total).toEqual({ count: 15, suppressed: false });
  });

  it('refuses a period that differs from the same question without it by fewer than 5 cases (differencing)', async () => {
    const response = await get(outsider, `professionals-per-case?buildingTeamId=${maastricht}&from=2021-01-01`);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = ProblemSchema.parse(response.json());
    expect(problem.code).toBe('INSIGHT_DIFFERENCING');
    expect(problem.invalidParams?.map((param) => param.name)).toEqual(['from']);
    // The broader question itself is answered.
    expect((await insight(outsider, `professionals-per-case?buildingTeamId=${maastricht}`)).population).toBe(16);
  });

  it('answers nothing but that fact for fewer than 10 cases', async () => {
    const result = await insight(outsider, `legal-frameworks?to=2020-12-31`);
    expect(result).toMatchObject({ outcome: 'too-small', population: null, table: null });
  });

  it('refuses bad input naming the field', async () => {
    const unknown = await get(manager, 'case-narratives');
    expect(unknown.statusCode).toBe(400);
    const period = await get(manager, 'question-shifts?from=2026-05-01&to=2026-01-01');
    expect(period.statusCode).toBe(400);
    expect(ProblemSchema.parse(period.json()).invalidParams?.map((param) => param.name)).toContain('query.from');
  });

  it('exports to XLSX: a first sheet with filters, date and rules, numbers as numbers, the same suppression; logged', async () => {
    const entries = test.dataSource.getRepository(AccessLogEntryEntity);
    const before = await entries.count({ where: { event: 'export' } });
    const response = await get(manager, `question-shifts/xlsx?buildingTeamId=${team}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(xlsxMediaType);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="inzicht-question-shifts-.*\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Over dit overzicht', 'Tabel']);
    const about = workbook.worksheets[0]!;
    const aboutRows = about
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[] | undefined)?.slice(1) ?? []);
    expect(aboutRows).toContainEqual(['Bouwteam', 'Bouwteam Jeugd en Wmo Oude IJsselstreek']);
    expect(aboutRows.flat().join(' ')).toMatch(/niet getoond/);
    const sheet = workbook.worksheets[1]!;
    const json = await insight(manager, `question-shifts?buildingTeamId=${team}`);
    const table = json.table!;
    const presenting = table.rows.findIndex((row) => row.code === 'daily-functioning');
    const underlying = table.columns.findIndex((column) => column.code === 'participation');
    const shown = sheet.getRow(presenting + 2).getCell(underlying + 2);
    expect(shown.type).toBe(ExcelJS.ValueType.Number);
    expect(shown.value).toBe(table.cells[presenting]![underlying]!.count);
    const suppressedRow = table.rows.findIndex((row) => row.code === 'participation');
    const suppressedColumn = table.columns.findIndex((column) => column.code === 'mental-wellbeing');
    expect(sheet.getRow(suppressedRow + 2).getCell(suppressedColumn + 2).value).toBe('x');
    expect(await entries.count({ where: { event: 'export', recordType: 'insight:question-shifts' } })).toBeGreaterThan(
      0,
    );
    expect(await entries.count({ where: { event: 'export' } })).toBe(before + 1);
  });

  it('exports to CSV in English with the same suppression, names neutralised against formulas; logged', async () => {
    await test.dataSource.getRepository(BuildingTeamEntity).update(maastricht, { name: '=HYPERLINK("x")' });
    const entries = test.dataSource.getRepository(AccessLogEntryEntity);
    const before = await entries.count({ where: { event: 'export' } });
    const csv = await get(outsider, `life-domain-shifts/csv?buildingTeamId=${maastricht}&language=en`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="inzicht-life-domain-shifts-.*\.csv"$/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Presenting question \\ Underlying question;Finances;/);
    const housing = lines.find((line) => line.startsWith('Housing;'))!;
    expect(housing.split(';').at(-1)).toBe('15');
    expect(housing.split(';')).toContain('x');
    expect(csv.body).not.toMatch(/;[1-4](;|\r)/);
    const xlsx = await get(outsider, `life-domain-shifts/xlsx?buildingTeamId=${maastricht}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets[0]!.getColumn(2).values.filter((value) => typeof value === 'string');
    expect(names).toContain('\'=HYPERLINK("x")');
    expect(await entries.count({ where: { event: 'export' } })).toBe(before + 2);
  });
});
