import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const groupName = 'Financieren vanuit de bedoeling';

describe('story 4: a learning group revises its shared talking document', () => {
  const e2e = useE2E();

  /** From the start page through the navigation to the group, its talking document and the proposed v0.4. */
  async function openProposal(region: string, member: string) {
    const { page } = e2e;
    await e2e.visit('/');
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await page.getByRole('navigation').getByRole('link', { name: 'Leergroepen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Leergroepen' }).waitFor();
    await page.getByRole('link', { name: groupName }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    // The group: theme, period, and its ten regions with the members representing them.
    await page.getByText('Financiering in het sociaal domein').waitFor();
    const regions = page.getByRole('table', { name: "Regio's van de leergroep met de leden die ze vertegenwoordigen" });
    await expect.poll(() => regions.getByRole('row').count()).toBe(11);
    await expect.poll(() => regions.getByRole('row').filter({ hasText: region }).innerText()).toContain(member);
    const documents = page.getByRole('region', { name: 'Gespreksdocument en afspraken' });
    const documentLink = documents.getByRole('link', { name: /^Gespreksdocument/ });
    await documentLink.waitFor();
    await expect.poll(() => documents.innerText()).toMatch(/versie 0\.3 \(bèta, in werking\)/);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    const title = (await documentLink.innerText()).trim();
    await documentLink.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('table', { name: `Versies van ${title}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await page.getByRole('link', { name: 'versie 0.4', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${title}, versie 0.4` }).waitFor();
    await page.getByRole('heading', { level: 3, name: /Artikel 3\. Eén wijkbudget/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Instemming' }).waitFor();
    return title;
  }

  /** The person gives their region's stance on v0.4 and sees it counted once, for the region. */
  async function giveStance(region: string, consenting: number) {
    const { page } = e2e;
    const own = page.getByTestId('own-stance');
    await expect.poll(() => own.innerText()).toMatch(new RegExp(`Jouw regio \\(${region}\\):\\s*nog geen standpunt`));
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await page.getByRole('heading', { level: 3, name: `Standpunt van regio ${region}` }).waitFor();
    await page.getByLabel(/^Instemmen/).check();
    await page.getByRole('button', { name: 'Standpunt geven' }).click();
    await expect.poll(() => own.innerText()).toMatch(new RegExp(`Jouw regio \\(${region}\\):\\s*stemt in`));
    await expect
      .poll(() => page.getByTestId('consent-tally').innerText())
      .toContain(`${consenting} van 10 regio's stemmen in`);
    // The stances are per region: the region is in the table, counted once.
    await page.getByText(/Standpunten per regio, beslisregel en bezwaren/).click();
    const table = page.getByRole('table', { name: 'Standpunt van elke regio in ronde 1' });
    await expect.poll(() => table.getByRole('row').filter({ hasText: region }).count()).toBe(1);
    await expect.poll(() => table.getByRole('row').count()).toBe(11);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  }

  it('lets a member of each of two regions give the stance of their region on v0.4 and see the diff with v0.3', async () => {
    const { page } = e2e;
    await e2e.signIn('partner@leerkring.test');
    await openProposal('Achterhoek', 'Pim Oldenkamp');
    await giveStance('Achterhoek', 6);

    // The diff between the version in force and the proposal.
    await page.getByRole('link', { name: 'Vergelijken met een andere versie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versie 0.3 en 0.4 vergelijken' }).waitFor();
    const changes = page.getByRole('list', { name: 'Artikelen van versie 0.3 naar 0.4' });
    await changes.waitFor();
    await page.getByText('1 gewijzigd, 1 toegevoegd, 0 verwijderd, 1 verplaatst, 2 ongewijzigd.').waitFor();

    const changed = changes
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Ruimte voor professionals' }) });
    await expect.poll(() => changed.locator('.lk-diff__label').innerText()).toBe('Gewijzigd');
    const inserted = changed.locator('ins');
    await expect.poll(() => inserted.count()).toBe(2);
    await expect.poll(() => inserted.first().textContent()).toMatch(/^ingevoegd: per jaar/);
    await expect
      .poll(() => inserted.nth(1).textContent())
      .toContain('daarboven beslist het wijkteam samen met de gemeente binnen twee werkdagen');
    await expect
      .poll(() => inserted.first().evaluate((element) => getComputedStyle(element).textDecorationLine))
      .toContain('underline');

    const added = changes.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Eén wijkbudget' }) });
    await expect.poll(() => added.locator('.lk-diff__label').innerText()).toBe('Toegevoegd (op plaats 3)');
    await expect.poll(() => added.locator('ins').textContent()).toMatch(/^ingevoegd: Regio's die dat kunnen/);
    const moved = changes.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Verantwoorden' }) });
    await expect.poll(() => moved.locator('.lk-diff__label').innerText()).toBe('Verplaatst van plaats 3 naar 5');
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // A member of another region gives theirs: Twente, counted next to Achterhoek.
    await e2e.signIn('partner2@leerkring.test');
    await openProposal('Twente', 'Priya Ramdin');
    await giveStance('Twente', 7);
  }, 180_000);
});

describe('agreement pages in English', () => {
  const e2e = useE2E();

  it("shows the talking document's diff and the bouwteam's consent round in English, with no Dutch key text left", async () => {
    await e2e.signIn('coordinator@leerkring.test');
    const { page } = e2e;
    const groups = (await e2e.apiGet('/learning-groups')).body as { items: { id: string; name: string }[] };
    const group = groups.items.find((item) => item.name === groupName)!;
    const agreements = (await e2e.apiGet(`/agreements?learningGroupId=${group.id}`)).body as {
      items: { id: string; latestVersion: { id: string } }[];
    };
    const agreement = agreements.items[0]!;
    await e2e.visit(`/afspraken/${agreement.id}/versies/${agreement.latestVersion.id}/vergelijken`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare version 0.3 and 0.4' }).waitFor();
    await page.getByText('1 changed, 1 added, 0 removed, 1 moved, 2 unchanged.').waitFor();
    await expect.poll(() => page.locator('.lk-diff__text ins').first().textContent()).toMatch(/^inserted: /);
    // No untranslated key shows (i18next renders a missing key as its dotted path).
    await expect.poll(() => page.locator('main').innerText()).not.toMatch(/\b(agreements|consent|iterations)\.[a-z]+/);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The bouwteam's v0.4 with story 3's round, read by its facilitator, in English.
    await e2e.signIn('facilitator@leerkring.test');
    const bouwteam = (await e2e.apiGet('/agreements')).body as {
      items: { id: string; title: string; latestVersion: { id: string } }[];
    };
    const samenwerking = bouwteam.items.find((item) => item.title === 'Samenwerkingsafspraken bouwteam')!;
    await e2e.visit(`/afspraken/${samenwerking.id}/versies/${samenwerking.latestVersion.id}`);
    await page.getByRole('heading', { level: 2, name: 'Consent' }).waitFor();
    await page.getByText('20 of 26 organisations consent', { exact: false }).waitFor();
    await expect
      .poll(() => page.locator('main').innerText())
      .not.toMatch(/\b(agreements|consent|iterations|agreementHistory)\.[a-z]+/);
    await page.waitForLoadState('load');
    await e2e.checkAccessibility();
  }, 120_000);
});

describe('learning group pages at 320 px wide', () => {
  const narrow = useE2E({ viewport: { width: 320, height: 640 } });

  it('shows the learning groups, the group and the diff without horizontal scrolling', async () => {
    await narrow.signIn('coordinator@leerkring.test');
    const groups = (await narrow.apiGet('/learning-groups')).body as { items: { id: string; name: string }[] };
    const group = groups.items.find((item) => item.name === groupName)!;
    const agreements = (await narrow.apiGet(`/agreements?learningGroupId=${group.id}`)).body as {
      items: { id: string; latestVersion: { id: string } }[];
    };
    const agreement = agreements.items[0]!;
    for (const path of [
      '/leergroepen',
      `/leergroepen/${group.id}`,
      `/afspraken/${agreement.id}`,
      `/afspraken/${agreement.id}/versies/${agreement.latestVersion.id}`,
      `/afspraken/${agreement.id}/versies/${agreement.latestVersion.id}/vergelijken`,
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
  }, 120_000);
});
