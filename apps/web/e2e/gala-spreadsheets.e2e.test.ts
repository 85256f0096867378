import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const e2e = useE2E();

describe('GALA plans from and to spreadsheets', () => {
  it('lets the coordinator check and import an exported workbook by keyboard, with progress and a preview, and opt in to the e-mail', async () => {
    await e2e.signIn('coordinator@leerkring.test');
    const regions = (await e2e.apiGet('/regions?pageSize=100')).body as { items: { id: string; name: string }[] };
    const achterhoek = regions.items.find((region) => region.name === 'Achterhoek')!.id;
    const { page } = e2e;
    const exported = await page.context().request.get(`${e2e.baseUrl}/api/v1/regions/${achterhoek}/gala-exports/xlsx`);
    expect(exported.status()).toBe(200);

    await e2e.visit(`/regio/${achterhoek}/importeren`);
    await page.getByRole('heading', { level: 1, name: 'GALA-plannen importeren en exporteren' }).waitFor();
    await e2e.checkAccessibility();
    expect(await page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);

    await page.getByLabel('Spreadsheet (.xlsx)').setInputFiles({
      name: 'gala.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await exported.body(),
    });
    await page.getByRole('button', { name: 'Controleren' }).focus();
    await page.keyboard.press('Enter');
    const plans = page.getByRole('table', { name: 'Wat de import doet' });
    await plans.waitFor();
    expect(await plans.getByRole('row').count()).toBeGreaterThan(1);
    await e2e.checkAccessibility();

    const importButton = page.getByRole('button', { name: 'Importeren' });
    expect(await importButton.isDisabled()).toBe(false);
    await importButton.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Geïmporteerd: \d+ regels in \d+ plannen\.$/).waitFor();
    await e2e.checkAccessibility();

    // A file with a wrong row: the preview names it, and importing stays off.
    await page.getByLabel('Spreadsheet (.xlsx)').setInputFiles({
      name: 'kapot.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('geen spreadsheet'),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('table', { name: 'Fouten per regel' }).waitFor();
    expect(await page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    await e2e.checkAccessibility();

    const digest = page.getByLabel('Stuur me elke ochtend de GALA-signalen');
    await digest.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(async () => ((await e2e.apiGet('/me/gala-digest')).body as { subscribed: boolean }).subscribed)
      .toBe(true);
    expect(
      await page
        .getByRole('link', { name: 'Mijlpalen en vervaldata van kennisvouchers (agenda, .ics)' })
        .getAttribute('href'),
    ).toBe(`/api/v1/regions/${achterhoek}/gala-calendar`);
  });
});
