import { GalaDashboardSchema, GalaPlanSchema } from '@leerkring/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const coordinator = 'coordinator@leerkring.test';
const municipalities = ['Gemeente Aalten', 'Gemeente Doetinchem', 'Gemeente Oude IJsselstreek', 'Gemeente Winterswijk'];
/** Dutch amounts come with a no-break space after the euro sign. */
const text = async (locator: ReturnType<Page['locator']>) => (await locator.innerText()).replace(/\s+/g, ' ');

describe('story 5, the regional coordinator', () => {
  const e2e = useE2E();

  async function openDashboard() {
    await e2e.signIn(coordinator);
    await e2e.visit('/');
    const { page } = e2e;
    await page.getByRole('link', { name: 'Regio', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'GALA-dashboard Achterhoek' }).waitFor();
    return page;
  }

  it('sees the alerts on the start page, then per municipality goals, chain approaches, budget per block, milestones due and the voucher expiring within 30 days', async () => {
    await e2e.signIn(coordinator);
    await e2e.visit('/');
    const { page } = e2e;
    const alerts = page.getByRole('list', { name: 'Aandacht nodig in je regio' });
    await alerts.waitFor();
    await expect.poll(() => text(alerts)).toMatch(/Kennisvoucher verloopt: Bewoners betrekken .*nog \d+ dagen/);
    await expect.poll(() => text(alerts)).toMatch(/Mijlpaal te laat: Monitor valpreventie opgeleverd/);
    await e2e.checkAccessibility();

    await page.getByRole('link', { name: 'Regio', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'GALA-dashboard Achterhoek' }).waitFor();
    const regionId = /\/regio\/([^/?]+)/.exec(page.url())?.[1];
    expect(regionId).toBeTruthy();

    const goals = page.getByRole('table', { name: /GALA-doelen per gemeente/ });
    await goals.waitFor();
    await expect.poll(() => goals.getByRole('rowheader').allInnerTexts()).toEqual(municipalities);
    const doetinchem = goals.getByRole('row', { name: /^Gemeente Doetinchem/ });
    await expect
      .poll(() => doetinchem.getByRole('cell').allInnerTexts())
      .toEqual(['Ja', 'Nee', 'Nee', 'Ja', 'Ja', 'Nee', 'Ja']);
    const approaches = page.getByRole('table', { name: /Ketenaanpakken per gemeente/ });
    await expect
      .poll(() => text(approaches.getByRole('row', { name: /^Gemeente Doetinchem/ })))
      .toBe('Gemeente Doetinchem Geborgd Niet in plan In voorbereiding Niet in plan Loopt');

    // The budget: a chart with a name per block, and the same figures in a table, in euros the Dutch way.
    await expect.poll(() => page.getByRole('img', { name: /^Staafdiagram Sport, bewegen en cultuur/ }).count()).toBe(1);
    const budget = page.getByRole('table', { name: /Budget per SPUK-blok en jaar/ });
    const { body } = await e2e.apiGet(`/regions/${regionId}/gala-dashboard`);
    const dashboard = GalaDashboardSchema.parse(body);
    const sport2025 = dashboard.budget.find((line) => line.block === 'sport-exercise-culture' && line.year === 2025)!;
    const euro = (cents: number) =>
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\s+/g, ' ');
    await expect
      .poll(() => text(budget))
      .toContain(`Sport, bewegen en cultuur 2025 ${euro(sport2025.plannedCents)} ${euro(sport2025.spentCents)} 85%`);

    const overdue = page.getByRole('table', { name: 'Mijlpalen te laat' });
    await expect.poll(() => text(overdue)).toMatch(/Monitor valpreventie opgeleverd Gemeente Aalten .* dagen te laat/);
    const soon = page.getByRole('table', { name: 'Mijlpalen binnen 30 dagen' });
    await expect
      .poll(() => text(soon))
      .toMatch(/Verantwoording SPUK bij het college Gemeente Doetinchem .*nog 14 dagen/);
    const expiring = page.getByRole('table', { name: 'Kennisvouchers die binnen 30 dagen verlopen' });
    await expect.poll(() => text(expiring)).toMatch(/Bewoners betrekken .*In uitvoering .*nog 20 dagen/);
    await expect.poll(() => page.getByText(/van \d+ uur gebruikt/).count()).toBe(1);
    await e2e.checkAccessibility();

    // The voucher expiring, from the dashboard.
    await expiring.getByRole('link', { name: 'Bewoners betrekken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisvoucher: Bewoners betrekken' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Gebruikte uren bijwerken' }).waitFor();
    await e2e.checkAccessibility();
  });

  it('filters by municipality and year, kept in the address, and reads a plan', async () => {
    const page = await openDashboard();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Gemeente Winterswijk' });
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('jaar')).toBe('2025');
    const goals = page.getByRole('table', { name: /GALA-doelen per gemeente/ });
    await expect.poll(() => goals.getByRole('rowheader').allInnerTexts()).toEqual(['Gemeente Winterswijk']);
    const budget = page.getByRole('table', { name: /Budget per SPUK-blok en jaar/ });
    await expect.poll(() => text(budget)).toContain('Sport, bewegen en cultuur 2025 € 210.000,00 € 178.500,00 85%');
    await expect.poll(() => text(budget)).not.toContain('2024');
    await page.reload();
    await expect.poll(() => goals.getByRole('rowheader').allInnerTexts()).toEqual(['Gemeente Winterswijk']);
    await expect.poll(() => page.getByLabel('Jaar', { exact: true }).inputValue()).toBe('2025');
    await e2e.checkAccessibility();

    await goals.getByRole('link', { name: 'Gemeente Winterswijk' }).click();
    await page.getByRole('heading', { level: 1, name: 'GALA-plan Gemeente Winterswijk' }).waitFor();
    await page.getByRole('table', { name: 'Budget per jaar en SPUK-blok' }).waitFor();
    await e2e.checkAccessibility();
  });

  it('changes a plan; a save after someone else saved is refused (412), keeps the input, and can go on', async () => {
    await e2e.signIn(coordinator);
    const plans = (await e2e.apiGet('/gala-plans?pageSize=100')).body as { items: unknown[] };
    const stored = plans.items
      .map((item) => GalaPlanSchema.parse(item))
      .find((plan) => plan.municipality?.name === 'Gemeente Winterswijk')!;
    const planId = stored.id;
    await e2e.visit(`/gala-plannen/${planId}`);
    const { page } = e2e;
    await page.getByRole('link', { name: 'Plan wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'GALA-plan Gemeente Winterswijk wijzigen' }).waitFor();
    await e2e.checkAccessibility();
    // Meanwhile someone else saves the plan: this person's save is refused (412), and what they typed stays.
    const other = await e2e.personOn(coordinator, `/gala-plannen/${planId}/wijzigen`);
    await other.getByLabel('Vitaal ouder worden').uncheck();
    await other.getByRole('button', { name: 'Plan opslaan' }).click();
    await other.getByRole('heading', { level: 1, name: 'GALA-plan Gemeente Winterswijk' }).waitFor();

    const note = page.getByLabel('Nieuwe voortgangsnotitie (optioneel)');
    await note.fill('Tweede GLI-groep gestart in Winterswijk-Oost.');
    await page.getByRole('button', { name: 'Plan opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Het plan is intussen gewijzigd' }).waitFor();
    await expect.poll(() => note.inputValue()).toBe('Tweede GLI-groep gestart in Winterswijk-Oost.');
    await e2e.checkAccessibility();
    await page.getByRole('button', { name: 'Mijn invoer over de nieuwe versie opslaan' }).click();
    // More spent than planned without a reason: 422, told at the reason's field, the input kept.
    await page.locator('#plan-budget-0-spentCents').fill('999.999');
    await page.getByRole('button', { name: 'Plan opslaan' }).click();
    const reason = page.locator('#plan-budget-0-overspendReason');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => note.inputValue()).toBe('Tweede GLI-groep gestart in Winterswijk-Oost.');
    await e2e.checkAccessibility();
    await reason.fill('Extra valpreventiegroep op verzoek van de huisartsen.');
    await page.getByRole('button', { name: 'Plan opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'GALA-plan Gemeente Winterswijk' }).waitFor();
    await expect.poll(() => page.getByText('Tweede GLI-groep gestart in Winterswijk-Oost.').count()).toBe(1);
    const saved = GalaPlanSchema.parse((await e2e.apiGet(`/gala-plans/${planId}`)).body);
    expect(saved.revision).toBe(stored.revision + 2);
  });

  it('requests, grants and starts a knowledge voucher, with refusals told at the field', async () => {
    await e2e.signIn(coordinator);
    await e2e.visit('/kennisvouchers');
    const { page } = e2e;
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'In uitvoering' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('in-progress');
    const list = page.getByRole('table', { name: 'Kennisvouchers (1)' });
    await expect.poll(() => list.getByRole('rowheader').allInnerTexts()).toEqual(['Bewoners betrekken']);
    await e2e.checkAccessibility();

    await page.getByRole('link', { name: 'Kennisvoucher aanvragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisvoucher aanvragen' }).waitFor();
    const network = page.getByLabel('Netwerk', { exact: true });
    await expect
      .poll(() => network.locator('option').allInnerTexts())
      .toContain('Bouwteam Jeugd en Wmo Oude IJsselstreek');
    await network.selectOption({ label: 'Bouwteam Jeugd en Wmo Oude IJsselstreek' });
    await page
      .getByLabel('Vraag', { exact: true })
      .fill('Hoe bieden we valpreventie aan in alle kernen, samen met de fysiotherapeuten?');
    await page.getByLabel('Expertise', { exact: true }).fill('Valpreventie in de wijk');
    await e2e.checkAccessibility();
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisvoucher: Valpreventie in de wijk' }).waitFor();
    await expect.poll(() => text(page.locator('.lk-facts'))).toMatch(/Status Aangevraagd/);
    await e2e.checkAccessibility();

    // Granting without hours is refused at the field; nothing changes.
    await page.getByLabel('Toegekend bedrag (€)').fill('1.000');
    await page.getByLabel('Expert', { exact: true }).fill('Anneke Hulshorst');
    await page.getByRole('button', { name: 'Kennisvoucher toekennen' }).click();
    const hours = page.getByLabel('Toegekende uren');
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => text(page.locator('.lk-facts'))).toMatch(/Status Aangevraagd/);
    await e2e.checkAccessibility();
    await hours.fill('10');
    await page.getByRole('button', { name: 'Kennisvoucher toekennen' }).click();
    await expect
      .poll(() => text(page.locator('.lk-facts')))
      .toMatch(/Status Toegekend .*Uren 0 van 10 uur Bedrag € 0,00 van € 1.000,00/);

    // More hours used than granted: 422 at the field.
    const used = page.getByLabel('Gebruikte uren');
    await used.fill('12');
    await page.getByRole('button', { name: 'Kennisvoucher starten' }).click();
    await expect.poll(() => used.getAttribute('aria-invalid')).toBe('true');
    // The reason stands at the field, and the form's alert says the step was refused.
    await expect.poll(async () => (await page.locator('#progress-hours-error').innerText()).length).toBeGreaterThan(5);
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await e2e.checkAccessibility();
    await used.fill('4');
    await page.getByRole('button', { name: 'Kennisvoucher starten' }).click();
    await expect.poll(() => text(page.locator('.lk-facts'))).toMatch(/Status In uitvoering .*Uren 4 van 10 uur/);
    await page.getByRole('heading', { level: 3, name: 'Afronden' }).waitFor();
  });

  it('lets a partner of the network evaluate a completed voucher, linking a lesson', async () => {
    await e2e.signIn('partner@leerkring.test');
    await e2e.visit('/kennisvouchers?status=completed');
    const { page } = e2e;
    await page.getByRole('link', { name: 'Structurele financiering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisvoucher: Structurele financiering' }).waitFor();
    await page
      .getByLabel('Wat het opleverde')
      .fill('Een route om welzijn op recept na de subsidie in de Wmo-inkoop op te nemen.');
    await page.getByLabel('Waardering').selectOption('4');
    await page.getByLabel('Zoek geleerde les').fill('casusregisseur');
    const lesson = page.getByLabel('Geleerde les', { exact: true });
    await expect.poll(() => lesson.locator('option').count()).toBeGreaterThanOrEqual(2);
    await lesson.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Les toevoegen' }).click();
    await expect.poll(() => text(page.getByRole('list', { name: 'Gekozen lessen' }))).toMatch(/casusregisseur/);
    await e2e.checkAccessibility();
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await expect.poll(() => text(page.locator('.lk-facts'))).toMatch(/Status Geëvalueerd .*Waardering 4 van 5/);
    await e2e.checkAccessibility();
  });

  it('works at 320 px wide without scrolling sideways, and in English', async () => {
    const page = await openDashboard();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('table', { name: /Budget per SPUK-blok en jaar/ }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    await e2e.checkAccessibility();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'GALA dashboard Achterhoek' }).waitFor();
    await page.getByRole('table', { name: 'Knowledge vouchers expiring within 30 days' }).waitFor();
    await page.getByRole('img', { name: /^Bar chart Sport, exercise and culture/ }).waitFor();
    await e2e.checkAccessibility();
    await page.getByRole('link', { name: 'Knowledge vouchers', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge vouchers' }).waitFor();
    await page.getByRole('table', { name: /Knowledge vouchers \(\d+\)/ }).waitFor();
    await e2e.checkAccessibility();
  });
});
