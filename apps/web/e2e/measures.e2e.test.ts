import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E, type E2E } from './support/harness';

const agreementTitle = 'Samenwerkingsafspraken bouwteam';
const decidedTitle = 'Eén casusregisseur bij meer dan drie organisaties';
const observingTitle = 'Terugbellen binnen twee werkdagen';
const demoMeasure = 'Dagen tot één plan';
const newMeasure = 'Teruggebeld binnen twee werkdagen';

async function agreementId(e2e: E2E): Promise<string> {
  const { body } = await e2e.apiGet('/agreements?pageSize=100');
  const agreement = (body as { items: { id: string; title: string }[] }).items.find(
    (item) => item.title === agreementTitle,
  );
  if (!agreement) throw new Error(`${agreementTitle} not found`);
  return agreement.id;
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const csvFile = (text: string) => ({ name: 'teruggebeld.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('measures and run charts on the iterations of the bouwteam agreement', () => {
  const e2e = useE2E();

  it('shows the shift after 0.3, defines a measure, and imports its points only when every row is valid', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    const id = await agreementId(e2e);

    // The decided iteration: the run chart of the demo measure with its shift, and the same data as a table.
    await e2e.visit(`/afspraken/${id}`);
    await page
      .getByRole('region', { name: 'Maten van de afspraak' })
      .getByText('Nieuwe maat', { exact: true })
      .waitFor();
    await page.getByRole('link', { name: decidedTitle }).click();
    await page.getByRole('heading', { level: 1, name: decidedTitle }).waitFor();
    const measure = page.getByRole('region', { name: demoMeasure });
    await measure.getByRole('img', { name: new RegExp(`^Runchart van ${demoMeasure}: 24 meetpunten`) }).waitFor();
    await measure.getByText(/Verschuiving: 8 punten, van/).waitFor();
    const table = measure.getByRole('table', { name: `Meetpunten van ${demoMeasure}` });
    await expect.poll(() => table.getByRole('row').count()).toBe(25);
    await expect.poll(() => table.getByRole('cell', { name: 'Verschuiving' }).count()).toBe(8);
    await measure.getByText(/v0\.3 in werking/).waitFor();
    await e2e.checkAccessibility();

    // The iteration being observed: a new measure with the form; an empty name is refused at the field first.
    await e2e.visit(`/afspraken/${id}`);
    await page.getByRole('link', { name: observingTitle }).click();
    await page.getByRole('heading', { level: 1, name: observingTitle }).waitFor();
    await page.getByText('Nieuwe maat', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Nieuwe maat' });
    await form.getByRole('button', { name: 'Maat toevoegen' }).click();
    await form.getByText('Geef de maat een naam van minstens 2 tekens.').waitFor();
    await expect.poll(() => form.getByLabel('Naam (verplicht)').getAttribute('aria-invalid')).toBe('true');
    await e2e.checkAccessibility();
    await form.getByLabel('Naam (verplicht)').fill(newMeasure);
    await form
      .getByLabel('Operationele definitie (verplicht)')
      .fill('Per week: het deel van de meldingen dat binnen twee werkdagen is teruggebeld, in procenten.');
    await form.getByLabel('Eenheid').fill('procent');
    await form.getByLabel('Beter is').selectOption('up');
    await expect.poll(() => form.getByRole('radio', { name: /^Anhøj/ }).isChecked()).toBe(true);
    const period = form.getByRole('group', { name: 'Meetperiode' });
    await period.getByLabel('Van').fill('2026-01-05');
    await period.getByLabel('Tot en met').fill('2026-12-28');
    const baseline = form.getByRole('group', { name: 'Basisperiode' });
    await baseline.getByLabel('Van').fill('2026-01-05');
    await baseline.getByLabel('Tot en met').fill('2026-04-27');
    await form.getByRole('button', { name: 'Maat toevoegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `De maat ${newMeasure} is toegevoegd.` })
      .waitFor();
    const created = page.getByRole('region', { name: newMeasure });
    await created.getByText('Nog geen meetpunten.').waitFor();
    await e2e.checkAccessibility();

    // A CSV file with one bad row: the preview names it, nothing can be imported, nothing is stored.
    await created.getByText('Meetpunten importeren uit een CSV-bestand').click();
    const file = created.getByLabel('CSV-bestand (verplicht)');
    await file.setInputFiles(csvFile('datum;waarde;notitie\n2026-01-05;62;\n2026-01-12;zeventig;\n2026-01-19;71,5;'));
    await created.getByText('Fout: "zeventig" is geen getal.').waitFor();
    await created.getByText(/1 regel is niet goed/).waitFor();
    const submit = created.getByRole('button', { name: '3 meetpunten importeren' });
    await expect.poll(() => submit.isDisabled()).toBe(true);
    await e2e.checkAccessibility();
    await expect.poll(() => created.getByText('Nog geen meetpunten.').count()).toBe(1);

    // Fixed, it imports: the count is confirmed and the points are in the table.
    await file.setInputFiles(csvFile('datum;waarde;notitie\n2026-01-05;62;\n2026-01-12;70;\n2026-01-19;71,5;'));
    await created.getByText('Alle 3 regels zijn goed en kunnen worden geïmporteerd.').waitFor();
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await submit.click();
    await created.getByText('3 meetpunten zijn opgeslagen; de runchart is bijgewerkt.').waitFor();
    const points = created.getByRole('table', { name: `Meetpunten van ${newMeasure}` });
    await expect.poll(() => points.getByRole('row').count()).toBe(4);
    await e2e.checkAccessibility();
  });
});

describe('measures at 320 px wide, in English', () => {
  const e2e = useE2E({ viewport: { width: 320, height: 640 } });

  it('shows the run chart, its signal and the forms without scrolling sideways', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    const id = await agreementId(e2e);
    await e2e.visit(`/afspraken/${id}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: decidedTitle }).click();
    await page.getByRole('heading', { level: 1, name: decidedTitle }).waitFor();
    const measure = page.getByRole('region', { name: demoMeasure });
    await measure.getByRole('img', { name: new RegExp(`^Run chart of ${demoMeasure}: 24 data points`) }).waitFor();
    await measure.getByText(/Shift: 8 points, from/).waitFor();
    await measure.getByRole('table', { name: `Data points of ${demoMeasure}` }).waitFor();
    await expect.poll(() => sideways(page)).toBeLessThanOrEqual(0);
    await e2e.checkAccessibility();

    await e2e.visit(`/afspraken/${id}`);
    await page.getByRole('link', { name: observingTitle }).click();
    await page.getByRole('heading', { level: 1, name: observingTitle }).waitFor();
    await page.getByText('New measure', { exact: true }).click();
    await page.getByRole('form', { name: 'New measure' }).getByLabel('Operational definition (required)').waitFor();
    await expect.poll(() => sideways(page)).toBeLessThanOrEqual(0);
    await e2e.checkAccessibility();
  });
});
