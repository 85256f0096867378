import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const e2e = useE2E();

interface Method {
  id: string;
  code: string;
  phases: { key: string; timeboxMinutes: number; inputMode: string }[];
}

describe('intervision methods in the admin area', () => {
  it('lets the admin change a time box and move a phase by keyboard, kept after a reload; a refused time box is shown at its field', async () => {
    await e2e.signIn();
    await e2e.visit('/beheer');
    const { page } = e2e;
    await page.getByRole('link', { name: 'Intervisiemethoden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intervisiemethoden' }).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(6);
    await expect
      .poll(() => page.getByRole('row', { name: /Vijfstappenmethode/ }).innerText())
      .toMatch(/5\s+50 minuten/);
    await e2e.checkAccessibility();

    await page.getByRole('link', { name: 'Vijfstappenmethode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vijfstappenmethode wijzigen' }).waitFor();
    const editPath = new URL(page.url()).pathname;
    const phase = (number: number) => page.getByRole('group', { name: new RegExp(`^Fase ${number}:`) });
    await phase(5).waitFor();
    await expect.poll(() => page.getByText('5 fasen, samen 50 minuten.').count()).toBe(1);
    await e2e.checkAccessibility();

    await phase(2).getByLabel('Tijd in minuten').fill('20');
    await expect.poll(() => page.getByText('5 fasen, samen 55 minuten.').count()).toBe(1);

    // Phase 3 one place down, by keyboard: the move is announced and focus stays on the moved phase's button.
    await phase(3)
      .getByRole('button', { name: /^Omlaag/ })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Kern formuleren staat nu op plaats 4 van 5.' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Omlaag: Fase 4: Kern formuleren');
    await expect.poll(() => phase(3).getByLabel('Naam van de fase (Nederlands)').inputValue()).toBe('Adviesronde');
    await expect.poll(() => phase(4).getByLabel('Naam van de fase (Nederlands)').inputValue()).toBe('Kern formuleren');
    // Down again, with the space bar, reaches the end: focus goes to the phase's other button.
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'Kern formuleren staat nu op plaats 5 van 5.' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Omhoog: Fase 5: Kern formuleren');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Kern formuleren staat nu op plaats 4 van 5.' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Omhoog: Fase 4: Kern formuleren');
    await e2e.checkAccessibility();

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intervisiemethoden' }).waitFor();
    await page.getByText('Vijfstappenmethode is opgeslagen.').waitFor();
    await expect
      .poll(() => page.getByRole('row', { name: /Vijfstappenmethode/ }).innerText())
      .toMatch(/5\s+55 minuten/);
    await e2e.checkAccessibility();

    await e2e.visit(editPath);
    await phase(5).waitFor();
    await expect.poll(() => phase(2).getByLabel('Tijd in minuten').inputValue()).toBe('20');
    await expect.poll(() => phase(3).getByLabel('Naam van de fase (Nederlands)').inputValue()).toBe('Adviesronde');
    await expect.poll(() => phase(4).getByLabel('Naam van de fase (Nederlands)').inputValue()).toBe('Kern formuleren');
    const stored = (await e2e.apiGet(`/intervision-methods/${editPath.split('/')[3]}`)).body as Method;
    expect(stored.phases.map((item) => [item.key, item.timeboxMinutes])).toEqual([
      ['introduce-question', 5],
      ['explore-problem', 20],
      ['advice-round', 15],
      ['formulate-core', 10],
      ['evaluation', 5],
    ]);

    // A time box of 0 minutes: the API refuses it, and the reason is shown at that phase's field.
    const minutes = phase(3).getByLabel('Tijd in minuten');
    await minutes.fill('0');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'De methode is niet opgeslagen.' }).waitFor();
    await expect.poll(() => minutes.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await minutes.getAttribute('aria-describedby')) ?? '';
    await expect
      .poll(() => page.locator(`#${describedBy.split(' ')[0]}`).innerText())
      .toBe('Geef een heel aantal minuten, van 1 tot en met 240.');
    await e2e.checkAccessibility();
    // The summary links to the field.
    await page.getByRole('alert').getByRole('link', { name: 'Fase 3: Adviesronde – Tijd in minuten' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await minutes.getAttribute('id'));
    expect(((await e2e.apiGet(`/intervision-methods/${stored.id}`)).body as Method).phases[2]!.timeboxMinutes).toBe(15);

    // At 320 px wide the form fits without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await e2e.checkAccessibility();
  });

  it('lets the admin add a method with two phases', async () => {
    await e2e.signIn();
    await e2e.visit('/beheer/methoden/nieuw');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Nieuwe intervisiemethode' }).waitFor();
    await e2e.checkAccessibility();

    await page.getByLabel('Code', { exact: true }).fill('twee-fasen');
    await page.getByLabel('Naam (Nederlands)', { exact: true }).fill('Tweefasenmethode');
    await page.getByLabel('Naam (Engels)', { exact: true }).fill('Two-phase method');
    await page.getByLabel('Beschrijving (Nederlands)').fill('Eerst alleen opschrijven, dan samen bespreken.');
    await page.getByLabel('Beschrijving (Engels)').fill('Write alone first, then discuss together.');
    const first = page.getByRole('group', { name: /^Fase 1:/ });
    await first.getByLabel('Naam van de fase (Nederlands)').fill('Opschrijven');
    await first.getByLabel('Naam van de fase (Engels)').fill('Write down');
    await first.getByLabel('Opdracht aan de groep (Nederlands)').fill('Schrijf voor jezelf op wat je zou doen.');
    await first.getByLabel('Opdracht aan de groep (Engels)').fill('Write down on your own what you would do.');
    await first.getByLabel('Tijd in minuten').fill('15');
    await first.getByLabel('Wie spreekt en wie ziet wat').selectOption('private-then-reveal');

    await page.getByRole('button', { name: 'Fase toevoegen' }).click();
    const second = page.getByRole('group', { name: /^Fase 2:/ });
    await second.waitFor();
    await page.getByRole('status').filter({ hasText: 'Fase 2 is toegevoegd.' }).waitFor();
    // Focus goes to the new phase's first field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await second.getByLabel('Naam van de fase (Nederlands)').getAttribute('id'));
    await page.keyboard.type('Bespreken');
    await second.getByLabel('Naam van de fase (Engels)').fill('Discuss');
    await second.getByLabel('Opdracht aan de groep (Nederlands)').fill('Bespreek wat iedereen schreef.');
    await second.getByLabel('Opdracht aan de groep (Engels)').fill('Discuss what everyone wrote.');
    await second.getByLabel('Tijd in minuten').fill('5');
    await expect.poll(() => page.getByText('2 fasen, samen 20 minuten.').count()).toBe(1);
    await e2e.checkAccessibility();

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intervisiemethoden' }).waitFor();
    await page.getByText('Tweefasenmethode is opgeslagen.').waitFor();
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(7);
    await expect
      .poll(() => page.getByRole('row', { name: /Tweefasenmethode/ }).innerText())
      .toMatch(/2\s+20 minuten\s+twee-fasen/);
    const methods = (await e2e.apiGet('/intervision-methods')).body as { items: Method[] };
    expect(methods.items.find((method) => method.code === 'twee-fasen')?.phases).toEqual([
      expect.objectContaining({ key: 'fase-1', timeboxMinutes: 15, inputMode: 'private-then-reveal' }),
      expect.objectContaining({ key: 'fase-2', timeboxMinutes: 5, inputMode: 'open' }),
    ]);
    await e2e.checkAccessibility();

    // Sent empty, each refused field says so where it is.
    await e2e.visit('/beheer/methoden/nieuw');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'De methode is niet opgeslagen.' }).waitFor();
    await expect
      .poll(() => page.locator('#method-code-error').innerText())
      .toBe('Gebruik 2 tot 60 kleine letters, cijfers en streepjes.');
    await expect.poll(() => page.locator('#method-name-nl-error').innerText()).toBe('Vul dit in.');
    const empty = page.getByRole('group', { name: /^Fase 1:/ }).getByLabel('Naam van de fase (Nederlands)');
    await expect.poll(() => empty.getAttribute('aria-invalid')).toBe('true');
    await e2e.checkAccessibility();
  });

  it('refuses the method pages to a partner', async () => {
    await e2e.signIn('partner@leerkring.test');
    await e2e.visit('/beheer/methoden');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expect.poll(() => page.getByRole('table').count()).toBe(0);
    await e2e.checkAccessibility();
  });
});
