import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';
const demoTitle = 'Samenwerkingsafspraken bouwteam';
const ruleLegend = 'Besluitregel: wanneer is een voorstel aangenomen?';

describe('starting and changing an agreement', () => {
  const e2e = useE2E();

  async function teamId(): Promise<string> {
    const teams = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (teams.body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName);
    if (!team) throw new Error(`${teamName} not found`);
    return team.id;
  }

  it('lets the facilitator start an agreement with the unanimity rule, change its scope, and start the next major version', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const id = await teamId();
    const { page } = e2e;

    // From the bouwteam home to the form.
    await e2e.visit(`/bouwteams/${id}`);
    const section = page.getByRole('region', { name: 'Samenwerkingsafspraken' });
    await section.getByRole('link', { name: 'Nieuwe afspraak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe afspraak' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?bouwteam=${id}`);
    await page.getByText(`Voor ${teamName}.`, { exact: false }).waitFor();
    const rule = page.getByRole('group', { name: ruleLegend });
    await expect
      .poll(() => rule.getByRole('radio', { name: /^Geen open bezwaar, en een deel/ }).isChecked())
      .toBe(true);
    await expect
      .poll(() => page.getByLabel('Deel van de partnerorganisaties dat moet instemmen (%)').inputValue())
      .toBe('67');
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // A title that is too short: refused in the browser by the domain's rule, the reason at the field.
    const title = page.getByLabel('Titel (verplicht)');
    await title.fill('Zo');
    await page.getByRole('button', { name: 'Afspraak starten' }).click();
    await page.locator('#new-agreement-title-error').waitFor();
    await expect.poll(() => page.locator('#new-agreement-title-error').innerText()).toContain('minstens 3 tekens');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => title.getAttribute('aria-describedby')).toContain('new-agreement-title-error');
    await e2e.checkAccessibility();

    // The unanimity rule, chosen by keyboard; its share field goes.
    const agreementTitle = 'Afspraken over zomervakanties';
    await title.fill(agreementTitle);
    await page
      .getByLabel('Waar gaat de afspraak over?')
      .fill('Hoe we casusregie overdragen als een casusregisseur op vakantie gaat.');
    await rule.getByRole('radio', { name: /^Geen open bezwaar, en een deel/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => rule.getByRole('radio', { name: /^Unanimiteit van wie niet afziet/ }).isChecked())
      .toBe(true);
    await expect.poll(() => page.getByLabel('Deel van de partnerorganisaties dat moet instemmen (%)').count()).toBe(0);
    await page.getByLabel('Toelichting bij concept 0.1').fill('Vorige zomer liep de casusregie vast.');
    await page.getByRole('button', { name: 'Afspraak starten' }).click();

    // Its page: concept 0.1, the rule in words.
    await page.getByRole('heading', { level: 1, name: agreementTitle }).waitFor();
    const versions = page.getByRole('table', { name: `Versies van ${agreementTitle}` });
    await versions.getByRole('link', { name: 'versie 0.1', exact: true }).waitFor();
    await expect.poll(() => versions.getByRole('row').nth(1).innerText()).toContain('concept');
    await page.getByText('geen open bezwaar, en iedere partnerorganisatie die niet afziet stemt in').waitFor();
    const agreementId = new URL(page.url()).pathname.split('/').pop()!;
    const stored = (await e2e.apiGet(`/agreements/${agreementId}`)).body as {
      decisionRule: unknown;
      context: { id: string };
    };
    expect(stored.decisionRule).toEqual({ kind: 'unanimity-of-participants' });
    expect(stored.context.id).toBe(id);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // Change its scope.
    await page.getByRole('link', { name: 'Afspraak wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: `${agreementTitle} wijzigen` }).waitFor();
    await expect
      .poll(() => page.getByRole('radio', { name: /^Unanimiteit van wie niet afziet/ }).isChecked())
      .toBe(true);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    const scope = 'Hoe we casusregie overdragen in de zomer en rond de feestdagen.';
    await page.getByLabel('Waar gaat de afspraak over?').fill(scope);
    const patched = page.waitForRequest(
      (request) => request.url().endsWith(`/api/v1/agreements/${agreementId}`) && request.method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect((await patched).postDataJSON()).toEqual({ scope });
    await page.getByRole('heading', { level: 1, name: agreementTitle }).waitFor();
    await page.getByText(scope).waitFor();

    // Withdraw concept 0.1; the next concept as a new major version, 1.0.
    await versions.getByRole('link', { name: 'versie 0.1', exact: true }).click();
    await page.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('Versie 0.1 is nu: ingetrokken.').waitFor();
    await e2e.visit(`/afspraken/${agreementId}`);
    const major = page.getByLabel('Als nieuwe hoofdversie (bijv. 1.0)');
    await major.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => major.isChecked()).toBe(true);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    const created = page.waitForRequest(
      (request) => request.url().endsWith(`/api/v1/agreements/${agreementId}/versions`) && request.method() === 'POST',
    );
    await page.getByRole('button', { name: 'Nieuw concept maken' }).click();
    expect((await created).postDataJSON()).toEqual({ changelog: '', major: true });
    await page.getByRole('heading', { level: 1, name: 'Versie 1.0 bewerken' }).waitFor();
  }, 120_000);

  it('refuses to change the rule of the demo agreement while v0.4 is proposed, at the field; the title changes', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const id = await teamId();
    const agreements = await e2e.apiGet(`/agreements?buildingTeamId=${id}`);
    const agreement = (agreements.body as { items: { id: string; title: string }[] }).items.find(
      (item) => item.title === demoTitle,
    )!;
    const { page } = e2e;

    await e2e.visit(`/afspraken/${agreement.id}`);
    await page.getByRole('link', { name: 'Afspraak wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: `${demoTitle} wijzigen` }).waitFor();
    const rule = page.getByRole('group', { name: ruleLegend });
    await expect.poll(() => rule.getByRole('radio', { name: /^Gekwalificeerde meerderheid/ }).isChecked()).toBe(true);
    await expect
      .poll(() => page.getByLabel('Deel van de partnerorganisaties dat moet instemmen (%)').inputValue())
      .toBe('66.7');
    await rule.getByText('Over versie 0.4 loopt een instemmingsronde', { exact: false }).waitFor();

    await rule.getByRole('radio', { name: /^Geen open bezwaar, en een deel/ }).check();
    const refused = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/v1/agreements/${agreement.id}`) && response.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect((await refused).status()).toBe(409);
    await page.locator('#edit-agreement-rule-error').waitFor();
    await expect
      .poll(() => page.locator('#edit-agreement-rule-error').innerText())
      .toBe('Niet tijdens een instemmingsronde.');
    await expect
      .poll(() => page.locator('fieldset#edit-agreement-rule').getAttribute('aria-describedby'))
      .toContain('edit-agreement-rule-error');
    await page.getByRole('alert').waitFor();
    await e2e.checkAccessibility();
    expect(((await e2e.apiGet(`/agreements/${agreement.id}`)).body as { decisionRule: unknown }).decisionRule).toEqual({
      kind: 'qualified-majority',
      share: 2 / 3,
    });

    // Back to the rule as it was, a new title: only the title is sent, and it goes through during the round.
    await rule.getByRole('radio', { name: /^Gekwalificeerde meerderheid/ }).check();
    const newTitle = `${demoTitle} Oude IJsselstreek`;
    await page.getByLabel('Titel (verplicht)').fill(newTitle);
    const patched = page.waitForRequest(
      (request) => request.url().endsWith(`/api/v1/agreements/${agreement.id}`) && request.method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect((await patched).postDataJSON()).toEqual({ title: newTitle });
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
  }, 120_000);

  it('offers no "Nieuwe afspraak" and no "Afspraak wijzigen" to the manager', async () => {
    await e2e.signIn('manager@leerkring.test');
    const id = await teamId();
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${id}`);
    const section = page.getByRole('region', { name: 'Samenwerkingsafspraken' });
    const first = section.getByRole('link').first();
    await first.waitFor();
    await expect.poll(() => section.getByRole('link', { name: 'Nieuwe afspraak' }).count()).toBe(0);
    await first.click();
    await page.getByRole('table', { name: /^Versies van / }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Afspraak wijzigen' }).count()).toBe(0);
  }, 60_000);
});

describe('the agreement forms at 320 px wide', () => {
  const narrow = useE2E({ viewport: { width: 320, height: 640 } });
  it('shows the new and change forms without horizontal scrolling', async () => {
    await narrow.signIn('facilitator@leerkring.test');
    const teams = await narrow.apiGet('/building-teams?pageSize=100');
    const id = (teams.body as { items: { id: string; name: string }[] }).items.find(
      (item) => item.name === teamName,
    )!.id;
    const agreements = await narrow.apiGet(`/agreements?buildingTeamId=${id}`);
    const agreementId = (agreements.body as { items: { id: string }[] }).items[0]!.id;
    for (const path of [
      `/afspraken/nieuw?bouwteam=${id}`,
      `/afspraken/${agreementId}/wijzigen`,
      `/afspraken/${agreementId}`,
    ]) {
      await narrow.visit(path);
      await narrow.page.waitForLoadState('networkidle');
      const widths = await narrow.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
      await narrow.checkAccessibility();
    }
  }, 60_000);
});
