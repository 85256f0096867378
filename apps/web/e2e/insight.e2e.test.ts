import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';

describe('story 6, the manager: insight that cannot be undone, exported to a spreadsheet', () => {
  const e2e = useE2E();

  it('shows the shift matrix with shown and suppressed cells, and downloads it as XLSX with the same suppression', async () => {
    await e2e.signIn('manager@leerkring.test');
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName)!;
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${team.id}`);
    await page.getByRole('link', { name: 'Inzicht: waar de vraag echt ligt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waar de vraag echt ligt' }).waitFor();
    const table = page.getByRole('table', { name: /Aantal per aanmeldvraag/ });
    await table.waitFor();
    await expect.poll(() => page.getByText(/^3\d\d casussen/).count()).toBe(1);
    const row = table.getByRole('row', { name: /^Dagelijks functioneren/ });
    await expect.poll(() => row.innerText()).toMatch(/\b\d{2,3}\b/);
    await expect.poll(() => table.getByText('x', { exact: true }).count()).toBeGreaterThan(0);
    await e2e.checkAccessibility();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^inzicht-question-shifts-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    const file = join(mkdtempSync(join(tmpdir(), 'inzicht-')), download.suggestedFilename());
    await download.saveAs(file);
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Over dit overzicht', 'Tabel']);
    const about = workbook.worksheets[0]!;
    expect(about.getColumn(2).values).toContain(teamName);
    const sheet = workbook.worksheets[1]!;
    const rows = (sheet.getSheetValues() as unknown[][]).slice(1).map((cells) => cells.slice(1));
    const daily = rows.find((cells) => cells[0] === 'Dagelijks functioneren')!;
    expect(daily.some((cell) => typeof cell === 'number' && cell >= 5)).toBe(true);
    const values = rows.slice(1).flatMap((cells) => cells.slice(1));
    expect(values).toContain('x');
    expect(values.some((cell) => typeof cell === 'number' && cell >= 1 && cell <= 4)).toBe(false);
    const participation = rows.find((cells) => cells[0] === 'Meedoen')!;
    const mentalWellbeing = rows[0]!.indexOf('Mentaal welbevinden');
    expect(participation[mentalWellbeing]).toBe('x');
  });
});

describe('the insight page at 320 px, in English', () => {
  const e2e = useE2E({ viewport: { width: 320, height: 640 } });

  it('answers a too-small population with that fact only, and keeps the table within reach', async () => {
    await e2e.signIn('manager@leerkring.test');
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName)!;
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${team.id}/inzicht?inzicht=lessons-per-theme`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Where the question really lies' }).waitFor();
    await page.getByRole('table', { name: /Number per theme/ }).waitFor();
    await e2e.checkAccessibility();
    await page.getByLabel('Up to and including').fill('2000-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText(/^Too few lessons to show anything/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await e2e.checkAccessibility();
  });
});
