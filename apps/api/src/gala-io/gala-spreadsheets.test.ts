import { GalaImportReportSchema, ProblemSchema, xlsxMediaType } from '@leerkring/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntryEntity } from '../access-log/access-log-entry.entity.js';
import { GalaPlanEntity } from '../gala/gala-plan.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { RegionEntity } from '../regions/region.entity.js';
import { startTestApp, type TestApp, type TestSession } from '../testing/test-app.js';

/** A plan's budget, milestones and actions without the ids an import gives anew: what a round trip keeps. */
const content = (plan: GalaPlanEntity) => ({
  municipalityId: plan.municipalityId,
  budget: plan.budget,
  milestones: plan.milestones.map(({ id: _, ...milestone }) => milestone),
  actions: plan.actions.map(({ id: _, ...action }) => action),
});

describe('GALA plans to and from spreadsheets', () => {
  let test: TestApp;
  let coordinator: TestSession;
  let achterhoek: string;
  let berkelland: string;

  beforeAll(async () => {
    test = await startTestApp({ demo: true });
    coordinator = await test.signIn('coordinator@leerkring.test');
    achterhoek = (await test.dataSource.getRepository(RegionEntity).findOneByOrFail({ name: 'Achterhoek' })).id;
    berkelland = (
      await test.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ name: 'Gemeente Berkelland' })
    ).id;
    // Text a spreadsheet would run as a formula, a separator and a quote in cells.
    const created = await coordinator.request({
      method: 'POST',
      url: '/api/v1/gala-plans',
      payload: {
        regionId: achterhoek,
        municipalityId: berkelland,
        actions: [{ what: '=HYPERLINK("http://x";"klik") beweegroute', dueDate: '2025-06-30' }],
        budget: [
          {
            block: 'health-social-basis',
            year: 2024,
            plannedCents: 100_050,
            spentCents: 120_000,
            overspendReason: '+20% deelnemers; "wachtlijst"',
          },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => {
    await test.close();
  });

  const plans = () =>
    test.dataSource.getRepository(GalaPlanEntity).find({ where: { regionId: achterhoek }, order: { id: 'ASC' } });
  const download = (path: string) =>
    coordinator.request({ method: 'GET', url: `/api/v1/regions/${achterhoek}/${path}` });
  const send = (kind: 'gala-import-previews' | 'gala-imports', payload: Buffer | string, type = xlsxMediaType) =>
    coordinator.request({
      method: 'POST',
      url: `/api/v1/regions/${achterhoek}/${kind}`,
      headers: { 'content-type': type },
      payload,
    });
  const exported = async () => {
    const response = await download('gala-exports/xlsx');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return { response, workbook };
  };
  const berkellandRow = (sheet: ExcelJS.Worksheet) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Gemeente Berkelland') found ??= row;
    });
    return found!;
  };

  it('exports XLSX with a sheet per topic: numbers as numbers, dates as dates, formulas neutralised; logged', async () => {
    const before = await test.dataSource.getRepository(AccessLogEntryEntity).count({ where: { event: 'export' } });
    const { response, workbook } = await exported();
    expect(response.headers['content-type']).toBe(xlsxMediaType);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="gala-.*\.xlsx"$/);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Begroting',
      'Mijlpalen',
      'Acties',
      'Dashboard begroting',
      'Dashboard signalen',
    ]);
    const budget = berkellandRow(workbook.getWorksheet('Begroting')!);
    expect(budget.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(budget.getCell(3).value).toBe(2024);
    expect(budget.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(budget.getCell(4).value).toBe(1000.5);
    expect(budget.getCell(5).value).toBe(1200);
    expect(budget.getCell(6).value).toBe('\'+20% deelnemers; "wachtlijst"');
    const action = berkellandRow(workbook.getWorksheet('Acties')!);
    expect(action.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(action.getCell(2).value).toBe('\'=HYPERLINK("http://x";"klik") beweegroute');
    expect(action.getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect(action.getCell(5).value).toEqual(new Date('2025-06-30T00:00:00Z'));
    const milestone = berkellandRow(workbook.getWorksheet('Mijlpalen')!);
    expect(milestone.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    const alerts = workbook.getWorksheet('Dashboard signalen')!;
    expect(alerts.getRow(1).values).toEqual([undefined, 'Signaal', 'Gemeente', 'Onderwerp', 'Datum', 'Dagen']);
    expect(alerts.rowCount).toBeGreaterThan(1);
    expect(alerts.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(alerts.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.Number);
    const planCount = (await plans()).length;
    const after = await test.dataSource.getRepository(AccessLogEntryEntity).find({ where: { event: 'export' } });
    expect(after.length - before).toBeGreaterThanOrEqual(planCount);
    expect(after.filter((entry) => entry.recordType === 'gala-plan').map((entry) => entry.recordId)).toEqual(
      expect.arrayContaining((await plans()).map((plan) => plan.id)),
    );
  });

  it('exports CSV for Dutch Excel: BOM, ;, decimal comma, quoted separators and quotes, neutralised formulas', async () => {
    const response = await download('gala-exports/csv?topic=budget');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(
      response.body.startsWith('\uFEFFGemeente;Bouwsteen;Jaar;Begroot (€);Besteed (€);Reden overschrijding\r\n'),
    ).toBe(true);
    expect(response.body).toContain(
      'Gemeente Berkelland;health-social-basis;2024;1000,5;1200;"\'+20% deelnemers; ""wachtlijst"""\r\n',
    );
    const actions = await download('gala-exports/csv?topic=actions');
    expect(actions.body).toContain(
      'Gemeente Berkelland;"\'=HYPERLINK(""http://x"";""klik"") beweegroute";;gepland;2025-06-30',
    );
    expect((await download('gala-exports/csv?topic=onbekend')).statusCode).toBe(400);
  });

  it('round-trips: the export previews without errors, imports, and leaves the same plans', async () => {
    const before = (await plans()).map(content);
    const { response } = await exported();
    const preview = await send('gala-import-previews', response.rawPayload);
    expect(preview.statusCode, preview.body.slice(0, 300)).toBe(200);
    const report = GalaImportReportSchema.parse(preview.json());
    expect(report.errors).toEqual([]);
    expect(report.plans).toHaveLength(before.length);
    expect(report.plans.every((plan) => plan.change === 'replace' && plan.planId !== null)).toBe(true);
    expect((await plans()).map(content)).toEqual(before);

    const revisions = (await plans()).map((plan) => plan.revision);
    const imported = await send('gala-imports', response.rawPayload);
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(200);
    expect(GalaImportReportSchema.parse(imported.json()).plans.map((plan) => plan.planId)).toEqual(
      report.plans.map((plan) => plan.planId),
    );
    const after = await plans();
    expect(after.map(content)).toEqual(before);
    expect(after.map((plan) => plan.revision)).toEqual(revisions.map((revision) => revision + 1));
    const updates = await test.dataSource
      .getRepository(AccessLogEntryEntity)
      .find({ where: { event: 'update', recordType: 'gala-plan' } });
    expect(updates.map((entry) => entry.recordId)).toEqual(expect.arrayContaining(after.map((plan) => plan.id)));
  });

  it('creates a plan for a municipality new to the region’s plans', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Begroting').addRows([
      ['Gemeente', 'Bouwsteen', 'Jaar', 'Begroot (€)', 'Besteed (€)', 'Reden overschrijding'],
      ['Montferland', 'Sport, bewegen en cultuur', 2025, 5000, 1000, null],
    ]);
    workbook
      .addWorksheet('Mijlpalen')
      .addRow(['Gemeente', 'Code', 'Mijlpaal', 'Deadline', 'Status', 'Gestart op', 'Behaald op']);
    workbook.addWorksheet('Acties').addRows([
      ['Gemeente', 'Actie', 'Partnerorganisatie', 'Status', 'Deadline'],
      ['Montferland', 'Beweegcoaches in de wijk', 'leefstijlcoaches achterhoek', 'loopt', '30-06-2025'],
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await send('gala-imports', bytes);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const [plan] = GalaImportReportSchema.parse(response.json()).plans;
    expect(plan).toMatchObject({
      change: 'create',
      municipality: { name: 'Gemeente Montferland' },
      budgetLines: 1,
      actions: 1,
    });
    const stored = await test.dataSource.getRepository(GalaPlanEntity).findOneByOrFail({ id: plan!.planId! });
    expect(stored.budget).toEqual([
      {
        block: 'sport-exercise-culture',
        year: 2025,
        plannedCents: 500_000,
        spentCents: 100_000,
        overspendReason: null,
      },
    ]);
    expect(stored.actions[0]).toMatchObject({
      what: 'Beweegcoaches in de wijk',
      status: 'running',
      dueDate: '2025-06-30',
    });
    expect(stored.milestones).toHaveLength(5);
  });

  it('stores nothing when one row is wrong, and names the row in the preview and the 422', async () => {
    const { workbook } = await exported();
    const sheet = workbook.getWorksheet('Begroting')!;
    sheet.getRow(3).getCell(4).value = 'veel';
    sheet.getRow(4).getCell(1).value = 'Zutphen';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await plans();

    const preview = GalaImportReportSchema.parse((await send('gala-import-previews', bytes)).json());
    expect(preview.errors.map((error) => [error.sheet, error.row, error.column, error.code])).toEqual([
      ['Begroting', 3, 'Begroot (€)', 'invalid-cell'],
      ['Begroting', 4, 'Gemeente', 'unknown-municipality'],
    ]);
    expect(preview.plans).toEqual([]);

    const refused = await send('gala-imports', bytes);
    expect(refused.statusCode).toBe(422);
    const problem = ProblemSchema.parse(refused.json());
    expect(problem.code).toBe('GALA_IMPORT_INVALID');
    expect(problem.invalidParams?.map((param) => param.name)).toEqual([
      'body.Begroting.3.Begroot (€)',
      'body.Begroting.4.Gemeente',
    ]);
    expect(await plans()).toEqual(before);
  });

  it('refuses a file that is no workbook (422), a JSON body (415), no body (400) and a body too large (413)', async () => {
    const preview = GalaImportReportSchema.parse((await send('gala-import-previews', Buffer.from('geen xlsx'))).json());
    expect(preview.errors).toEqual([expect.objectContaining({ sheet: 'Bestand', row: null, code: 'unreadable-file' })]);
    expect((await send('gala-imports', Buffer.from('geen xlsx'))).statusCode).toBe(422);
    expect((await send('gala-imports', JSON.stringify({ a: 1 }), 'application/json')).statusCode).toBe(415);
    const empty = await coordinator.request({ method: 'POST', url: `/api/v1/regions/${achterhoek}/gala-imports` });
    expect(empty.statusCode).toBe(400);
    expect(ProblemSchema.parse(empty.json()).invalidParams?.[0]?.name).toBe('body');
    const huge = await send('gala-imports', Buffer.alloc(5 * 1024 * 1024 + 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/^application\/problem\+json/);
    // A JSON operation takes no workbook.
    const wrong = await coordinator.request({
      method: 'PUT',
      url: '/api/v1/me/gala-digest',
      headers: { 'content-type': xlsxMediaType },
      payload: Buffer.from('x'),
    });
    expect(wrong.statusCode).toBe(415);
  });

  it('answers the template with the three sheets and an explanation', async () => {
    const response = await coordinator.request({ method: 'GET', url: '/api/v1/gala-import-template' });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Begroting', 'Mijlpalen', 'Acties', 'Toelichting']);
    expect(workbook.getWorksheet('Acties')!.getRow(1).values).toEqual([
      undefined,
      'Gemeente',
      'Actie',
      'Partnerorganisatie',
      'Status',
      'Deadline',
    ]);
  });

  it('answers the milestones and voucher expiry dates as iCalendar, parsed back', async () => {
    const response = await download('gala-calendar');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = response.body;
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    const events = lines.filter((line) => line === 'BEGIN:VEVENT').length;
    const milestones = (await plans()).reduce((sum, plan) => sum + plan.milestones.length, 0);
    const uids = lines.filter((line) => line.startsWith('UID:'));
    expect(uids.filter((uid) => uid.startsWith('UID:milestone-'))).toHaveLength(milestones);
    expect(uids.some((uid) => /^UID:voucher-[\w-]+-expiry@gala\.leerkring$/.test(uid))).toBe(true);
    expect(events).toBe(uids.length);
    expect(new Set(uids).size).toBe(uids.length);
    expect(
      lines.filter((line) => line.startsWith('DTSTART')).every((line) => /^DTSTART;VALUE=DATE:\d{8}$/.test(line)),
    ).toBe(true);
    const again = (await download('gala-calendar')).body.replace(/DTSTAMP:\d{8}T\d{6}Z/g, '');
    expect(again).toBe(text.replace(/DTSTAMP:\d{8}T\d{6}Z/g, ''));
  });
});
