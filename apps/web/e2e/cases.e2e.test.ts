import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';

describe('story 2: a partner brings in a case', () => {
  const e2e = useE2E();
  async function teamId(): Promise<string> {
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName);
    if (!team) throw new Error(`${teamName} not found`);
    return team.id;
  }

  it('marks a BSN while typing, shows the refusal at the field, and lets the manager see the case without narrative', async () => {
    await e2e.signIn('partner@leerkring.test');
    const id = await teamId();
    const { page } = e2e;

    await e2e.visit(`/bouwteams/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Registratierichtlijn' }).waitFor();
    await page.getByRole('table', { name: /Registratierichtlijn, versie/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    await page.getByRole('link', { name: 'Casus inbrengen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casus inbrengen' }).waitFor();
    const narrative = page.getByLabel('Verhaal (verplicht)');
    await narrative.waitFor();
    // Only what the guideline records: no diagnosis, no family members, and why they are not recorded.
    await expect.poll(() => page.getByLabel(/^Diagnose/).count()).toBe(0);
    await expect.poll(() => page.getByLabel(/^Gezinsleden/).count()).toBe(0);
    await page.getByText('We registreren geen diagnoses', { exact: false }).waitFor();
    await expect
      .poll(() => page.locator('#case-narrative-description').innerText())
      .toMatch(/Verplicht\. Waarom: Het verhaal van de situatie/);
    await e2e.checkAccessibility();

    await page.getByLabel('Titel (verplicht)').fill('Huishouden met veertien professionals en vervoer');
    const clean =
      'Een huishouden krijgt hulp van veertien professionals. De aanmelding ging over vervoer naar de dagbesteding; ' +
      'aan de keukentafel bleek eenzaamheid de echte vraag.';
    const withBsn = `${clean} Het BSN 111222333 stond in de aanmelding.`;
    await narrative.fill(withBsn);
    const findings = page.locator('#case-narrative-findings');
    await findings.waitFor();
    await expect.poll(() => findings.innerText()).toContain('Burgerservicenummer (BSN) in de derde zin (3e woord)');
    await expect.poll(() => page.locator('#case-narrative-findings mark').innerText()).toBe('111222333');
    await expect.poll(() => narrative.getAttribute('aria-describedby')).toContain('case-narrative-findings');
    await expect.poll(() => narrative.getAttribute('aria-invalid')).toBe('true');
    const submit = page.getByRole('button', { name: 'Casus inbrengen' });
    await expect.poll(() => submit.isDisabled()).toBe(true);

    await page.getByLabel('Aanmeldvraag (verplicht)').fill('Vervoer naar de dagbesteding regelen.');
    await page.getByRole('group', { name: 'Dimensies aanmeldvraag' }).getByLabel('Dagelijks functioneren').check();
    await page.getByLabel('Onderliggende vraag').fill('Eenzaamheid en het gevoel er niet meer toe te doen.');
    const underlying = page.getByRole('group', { name: 'Dimensies onderliggende vraag' });
    await underlying.getByLabel('Zingeving').check();
    await page.getByLabel('Aantal betrokken professionals').fill('14');
    await e2e.checkAccessibility();

    // Forced through to the API anyway: the refusal comes back with the position, shown at the field.
    const refused = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/cases') && response.request().method() === 'POST',
    );
    await submit.evaluate((button) => {
      button.removeAttribute('disabled');
      (button as HTMLButtonElement).click();
    });
    expect((await refused).status()).toBe(422);
    const refusal = page.locator('#case-narrative-refused');
    await refusal.waitFor();
    await expect.poll(() => refusal.innerText()).toContain('Burgerservicenummer (BSN) in de derde zin (3e woord)');
    await expect.poll(() => narrative.getAttribute('aria-describedby')).toContain('case-narrative-refused');
    await e2e.checkAccessibility();

    // Without the number it goes through.
    await narrative.fill(clean);
    await page.waitForFunction(() => !document.getElementById('case-narrative-findings'));
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await submit.click();
    await page.getByRole('heading', { level: 1, name: 'Huishouden met veertien professionals en vervoer' }).waitFor();
    const caseUrl = new URL(page.url()).pathname;
    await page.getByText(clean).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The list finds it by search.
    await e2e.visit(`/bouwteams/${id}/casussen?zoek=veertien`);
    await page
      .getByRole('table')
      .getByRole('link', { name: 'Huishouden met veertien professionals en vervoer' })
      .waitFor();
    await e2e.checkAccessibility();

    // Record a lesson linked to the case.
    await e2e.visit(`/bouwteams/${id}/lessen/nieuw`);
    await page.getByLabel('De les').fill('Vraag door achter de aanmeldvraag: vervoer blijkt vaak eenzaamheid.');
    await page.getByLabel('Thema').selectOption('case-direction');
    await page
      .getByRole('group', { name: /Dimensies/ })
      .getByLabel('Zingeving')
      .check();
    await page.getByLabel('Huishouden met veertien professionals en vervoer').check();
    await e2e.checkAccessibility();
    await page.getByRole('button', { name: 'Les vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geleerde lessen' }).waitFor();
    await page.getByRole('cell', { name: /Vraag door achter de aanmeldvraag/ }).waitFor();
    await e2e.checkAccessibility();
    await page.getByLabel('Thema').selectOption('financing');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('thema') === 'financing');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByRole('cell', { name: /Vraag door achter de aanmeldvraag/ }).count()).toBe(0);

    // The manager sees the case's coded fields, but none of its free texts: not its title, narrative or questions.
    await page.context().clearCookies();
    await e2e.signIn('manager@leerkring.test');
    await e2e.visit(caseUrl);
    await page.getByText('Als manager zie je alleen de gecodeerde velden', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: /^Casus van \d{4}-\d{2}-\d{2}$/ }).waitFor();
    await expect.poll(() => page.getByText(clean).count()).toBe(0);
    await expect.poll(() => page.getByText('Vervoer naar de dagbesteding regelen.').count()).toBe(0);
    await expect.poll(() => page.getByText('Huishouden met veertien professionals en vervoer').count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Casus wijzigen' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  });

  it('shows the obstacles with their escalation status, and hides what a manager may not do', async () => {
    await e2e.signIn('manager@leerkring.test');
    const id = await teamId();
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Casussen' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByRole('link', { name: 'Casus inbrengen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Les vastleggen' }).count()).toBe(0);
    await e2e.visit(`/bouwteams/${id}/systeemhobbels`);
    await page.getByRole('table').waitFor();
    await e2e.checkAccessibility();
  });

  it('lets the admin form a bouwteam with partners, and does not show cases', async () => {
    await e2e.signIn();
    const { page } = e2e;
    await e2e.visit('/bouwteams');
    await page.getByRole('link', { name: 'Nieuw bouwteam' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw bouwteam' }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await page.getByLabel('Naam van het bouwteam').fill('Bouwteam e2e Ouderen');
    await page.getByLabel('Transformatie').selectOption('elderly-care');
    await page.getByLabel('Gestart op').fill('2026-02-01');
    await page.getByLabel('Zoek gemeente').fill('Oude');
    await page
      .locator('#team-municipality option', { hasText: 'Oude IJsselstreek' })
      .first()
      .waitFor({ state: 'attached' });
    await page.locator('#team-municipality').selectOption({ index: 1 });
    await page.getByLabel('Zoek partner om toe te voegen').fill('a');
    await page.locator('#team-partner-add option').nth(1).waitFor({ state: 'attached' });
    await page.locator('#team-partner-add').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByRole('button', { name: /als partner verwijderen/ }).waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bouwteam e2e Ouderen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Leden' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Casussen' }).count()).toBe(0);
    await e2e.checkAccessibility();
  });
});

describe('bouwteam pages at 320 px wide', () => {
  const narrow = useE2E({ viewport: { width: 320, height: 640 } });
  it('shows the bouwteam home, cases, the case form and lessons without horizontal scrolling', async () => {
    await narrow.signIn('partner@leerkring.test');
    const { body } = await narrow.apiGet('/building-teams?pageSize=100');
    const id = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName)!.id;
    for (const path of [
      `/bouwteams/${id}`,
      `/bouwteams/${id}/casussen`,
      `/bouwteams/${id}/casussen/nieuw`,
      `/bouwteams/${id}/lessen`,
      `/bouwteams/${id}/lessen/nieuw`,
    ]) {
      await narrow.visit(path);
      await narrow.page.waitForLoadState('networkidle');
      if (path.endsWith('casussen/nieuw'))
        await narrow.page.getByLabel('Verhaal (verplicht)').fill('Bel 06-12345678 of mail iemand@example.com');
      const widths = await narrow.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
      await narrow.checkAccessibility();
    }
  });
});
