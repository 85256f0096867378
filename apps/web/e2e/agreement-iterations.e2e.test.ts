import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/chromium';
import { useE2E } from './support/harness';

const agreementTitle = 'Samenwerkingsafspraken bouwteam';
const decidedTitle = 'Eén casusregisseur bij meer dan drie organisaties';
const observingTitle = 'Terugbellen binnen twee werkdagen';
const newTitle = 'Warme overdracht bij verhuizing binnen de regio';

interface Version {
  id: string;
  number: string;
  status: string;
}

describe('action-research iterations on the agreement of the bouwteam', () => {
  const e2e = useE2E();

  async function demoAgreement(): Promise<{ agreementId: string; versions: Map<string, Version> }> {
    const { body } = await e2e.apiGet('/agreements?pageSize=100');
    const agreement = (body as { items: { id: string; title: string }[] }).items.find(
      (item) => item.title === agreementTitle,
    );
    if (!agreement) throw new Error(`${agreementTitle} not found`);
    const listed = await e2e.apiGet(`/agreements/${agreement.id}/versions`);
    return {
      agreementId: agreement.id,
      versions: new Map((listed.body as { items: Version[] }).items.map((version) => [version.number, version])),
    };
  }

  const section = (page: Page, heading: string) =>
    page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });
  const currentStep = (page: Page) => page.getByRole('list', { name: 'De cyclus' }).locator('[aria-current="step"]');
  const main = (page: Page) => page.locator('main#main');

  it('follows a cycle from plan to a decision, links what answered it, and shows a manager no edit controls', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    const { agreementId, versions } = await demoAgreement();
    const v03 = versions.get('0.3')!;
    const v04 = versions.get('0.4')!;

    // The agreement lists both demo iterations, with their step in words and the version they test.
    await e2e.visit(`/afspraken/${agreementId}`);
    const iterations = section(page, 'Iteraties: afspraken in de praktijk toetsen');
    await iterations.getByRole('link', { name: decidedTitle }).waitFor();
    const decidedItem = iterations
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: decidedTitle }) });
    const observingItem = iterations
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: observingTitle }) });
    await expect.poll(() => decidedItem.innerText()).toContain('Besloten (stap 5 van 5)');
    await expect.poll(() => decidedItem.innerText()).toContain('aanpassen');
    await expect
      .poll(() => decidedItem.getByRole('link', { name: 'versie 0.3' }).getAttribute('href'))
      .toBe(`/afspraken/${agreementId}/versies/${v03.id}`);
    await expect.poll(() => observingItem.innerText()).toContain('Waarnemen (stap 3 van 5)');
    await expect.poll(() => observingItem.innerText()).toContain('nog geen besluit');
    await e2e.checkAccessibility();

    // The decided one is read-only and answered by clause casusregie of v0.4.
    await iterations.getByRole('link', { name: decidedTitle }).click();
    await page.getByRole('heading', { level: 1, name: decidedTitle }).waitFor();
    await expect.poll(() => currentStep(page).innerText()).toBe('5. Besloten (nu)');
    const answers = section(page, 'Beantwoord door');
    const answer = answers.getByRole('link', { name: 'Eén casusregisseur, versie 0.4 (voorgesteld)' });
    await answer.waitFor();
    await expect
      .poll(() => answer.getAttribute('href'))
      .toBe(`/afspraken/${agreementId}/versies/${v04.id}#artikel-casusregie`);
    // The cycle is read-only: the only controls are those of the proposal for the agreement, which waits while 0.4 is
    // being consented on.
    const proposal = page.getByRole('region', { name: 'Voorstel voor de afspraak' });
    await expect.poll(() => main(page).getByRole('button').count()).toBe(await proposal.getByRole('button').count());
    await expect.poll(() => main(page).getByRole('textbox').count()).toBe(await proposal.getByRole('textbox').count());
    await expect
      .poll(() => proposal.getByRole('button', { name: 'Voorstel in het concept zetten' }).isDisabled())
      .toBe(true);
    await e2e.checkAccessibility();

    // On v0.4 the clause says which iteration it answers, and links back.
    await answer.click();
    const clause = page.locator('#artikel-casusregie');
    await clause.getByText('Beantwoordt iteratie:').waitFor();
    await clause.getByRole('link', { name: decidedTitle }).waitFor();
    await e2e.checkAccessibility();

    // A new iteration on v0.3 (the version in force is the default), testing the calling-back clause.
    await e2e.visit(`/afspraken/${agreementId}`);
    await section(page, 'Iteraties: afspraken in de praktijk toetsen')
      .getByRole('link', { name: 'Nieuwe iteratie' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe iteratie' }).waitFor();
    await expect.poll(() => page.getByLabel('Versie die je toetst').inputValue()).toBe(v03.id);
    await page.getByRole('checkbox', { name: 'Terugbellen' }).check();
    await page.getByLabel('Titel (verplicht)').fill(newTitle);
    // Without a question the API refuses, and says so at the field.
    await page.getByRole('button', { name: 'Iteratie beginnen' }).click();
    const question = page.getByLabel('Wat willen we leren? (verplicht)');
    await page.getByText('Schrijf op wat jullie willen leren.').waitFor();
    await expect.poll(() => question.getAttribute('aria-invalid')).toBe('true');
    await e2e.checkAccessibility();
    await question.fill('Komt een gezin dat binnen de regio verhuist zonder gat in de hulp bij de nieuwe partner?');
    await page
      .getByLabel('Wat verwachten we?')
      .fill('Bij acht van de tien verhuizingen is er binnen een week een warme overdracht.');
    await page.getByLabel('Wat gaan we doen?').fill('Twee maanden lang elke verhuizing binnen de regio bijhouden.');
    await page.getByRole('button', { name: 'Iteratie beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
    await expect.poll(() => currentStep(page).innerText()).toBe('1. Plannen (nu)');
    await expect
      .poll(() => page.getByRole('link', { name: 'Terugbellen' }).getAttribute('href'))
      .toBe(`/afspraken/${agreementId}/versies/${v03.id}#artikel-terugbellen`);
    await e2e.checkAccessibility();

    // plan → act → observe → reflect, one step at a time; only the next step is offered.
    await expect.poll(() => page.getByRole('button', { name: /verder naar/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Opslaan en verder naar: Uitvoeren' }).click();
    await page.getByRole('status').filter({ hasText: 'De iteratie is nu in de stap: Uitvoeren.' }).waitFor();
    await expect.poll(() => currentStep(page).innerText()).toBe('2. Uitvoeren (nu)');
    await page.getByLabel('Wat hebben we gedaan?').fill('Zeven verhuizingen bijgehouden, met een overdrachtsgesprek.');
    await page.getByRole('button', { name: 'Opslaan en verder naar: Waarnemen' }).click();
    await page.getByRole('status').filter({ hasText: 'De iteratie is nu in de stap: Waarnemen.' }).waitFor();
    await page
      .getByLabel('Wat zagen we?')
      .fill('Zes van de zeven keer binnen een week een overdracht; één keer na drie weken.');
    await page.getByRole('button', { name: 'Opslaan en verder naar: Reflecteren' }).click();
    await page.getByRole('status').filter({ hasText: 'De iteratie is nu in de stap: Reflecteren.' }).waitFor();
    await expect.poll(() => currentStep(page).innerText()).toBe('4. Reflecteren (nu)');
    await expect
      .poll(() =>
        page.getByText('Zes van de zeven keer binnen een week een overdracht; één keer na drie weken.').count(),
      )
      .toBeGreaterThan(0);

    // Deciding without what was learned is refused at the field; the decision is chosen with the keyboard.
    const adapt = page.getByRole('radio', { name: /Aanpassen/ });
    await adapt.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => adapt.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const learning = page.getByLabel('Wat leerden we? (verplicht om te besluiten)');
    await page.getByText('Schrijf op wat jullie leerden voordat jullie besluiten.').waitFor();
    await expect.poll(() => learning.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('iteration-learning');
    await expect.poll(() => currentStep(page).innerText()).toBe('4. Reflecteren (nu)');
    await e2e.checkAccessibility();
    await learning.fill(
      'Een overdrachtsgesprek werkt; zonder vaste contactpersoon bij de nieuwe partner loopt het uit.',
    );
    await page.getByRole('button', { name: 'Besluit vastleggen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Besloten: aanpassen. De iteratie is afgesloten.' }).waitFor();
    await expect.poll(() => currentStep(page).innerText()).toBe('5. Besloten (nu)');
    await section(page, 'Beantwoord door')
      .getByText('Nog geen artikel beantwoordt deze iteratie.', { exact: false })
      .waitFor();
    // Decided "adapt": the phase form is gone, the proposal for the agreement takes its place.
    await proposal.getByLabel('Voorgestelde tekst (verplicht)').waitFor();
    await expect.poll(() => main(page).getByRole('textbox').count()).toBe(await proposal.getByRole('textbox').count());
    await expect.poll(() => main(page).getByRole('button').count()).toBe(await proposal.getByRole('button').count());
    const newPath = new URL(page.url()).pathname;
    await e2e.checkAccessibility();

    // At 320 px wide the form and the page fit without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [newPath, `/afspraken/${agreementId}/iteraties/nieuw`, `/afspraken/${agreementId}`]) {
      await e2e.visit(path);
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
    }

    // manager@ reads the iterations, the new one too, but gets no way to change them.
    const manager = await e2e.personOn('manager@leerkring.test', `/afspraken/${agreementId}`);
    const managerList = section(manager, 'Iteraties: afspraken in de praktijk toetsen');
    await managerList.getByRole('link', { name: newTitle }).waitFor();
    await expect.poll(() => managerList.getByRole('link', { name: 'Nieuwe iteratie' }).count()).toBe(0);
    await expectNoAxeViolations(manager);
    await managerList.getByRole('link', { name: observingTitle }).click();
    await manager.getByRole('heading', { level: 1, name: observingTitle }).waitFor();
    await expect.poll(() => currentStep(manager).innerText()).toBe('3. Waarnemen (nu)');
    await manager.getByText('Twaalf partners hielden het bij; de andere veertien niet.').waitFor();
    await expect.poll(() => manager.getByRole('heading', { name: /Bijwerken/ }).count()).toBe(0);
    await expect.poll(() => main(manager).getByRole('textbox').count()).toBe(0);
    await expect.poll(() => main(manager).getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(manager);
    await manager.goto(`${e2e.baseUrl}/afspraken/${agreementId}/iteraties/nieuw`);
    await manager.getByText('Je kunt bij deze afspraak geen iteratie beginnen', { exact: false }).waitFor();
    await expect.poll(() => main(manager).getByRole('textbox').count()).toBe(0);
  });

  it('turns the iteration decided "adapt" into a change of the clause it tested, in one step, and links them both ways', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const { agreementId, versions } = await demoAgreement();
    const { page } = e2e;
    const v4 = versions.get('0.4')!;
    // A proposal being consented on takes no changes: back to concept first.
    const me = (await e2e.apiGet('/me')).body as { csrfToken: string };
    const back = await page
      .context()
      .request.post(`${e2e.baseUrl}/api/v1/agreements/${agreementId}/versions/${v4.id}/status-changes`, {
        headers: { 'X-CSRF-Token': me.csrfToken },
        data: { status: 'concept' },
      });
    expect(back.status()).toBe(200);

    await e2e.visit(`/afspraken/${agreementId}`);
    await page.getByRole('link', { name: decidedTitle }).click();
    await page.getByRole('heading', { level: 1, name: decidedTitle }).waitFor();
    const proposal = page.getByRole('region', { name: 'Voorstel voor de afspraak' });
    await proposal.getByLabel('Artikel', { exact: true }).selectOption({ label: 'Artikel 3. Eén casusregisseur' });
    const text = 'Bij drie of meer betrokken organisaties kiezen we binnen vijf werkdagen één casusregisseur.';
    await proposal.getByLabel('Voorgestelde tekst (verplicht)').fill(text);
    await e2e.checkAccessibility();
    await proposal.getByRole('button', { name: 'Voorstel in het concept zetten' }).click();

    // The concept, with the clause naming the iteration it answers; and back from the iteration to the clause.
    await page.getByRole('heading', { level: 1, name: `${agreementTitle}, versie 0.4` }).waitFor();
    const clause = page
      .locator('li.lk-clause')
      .filter({ has: page.getByRole('heading', { name: 'Eén casusregisseur' }) });
    await clause.getByText(text).waitFor();
    await clause.getByRole('link', { name: decidedTitle }).click();
    await page.getByRole('heading', { level: 1, name: decidedTitle }).waitFor();
    await section(page, 'Beantwoord door')
      .getByRole('link', { name: /versie 0\.4/ })
      .first()
      .waitFor();
    await e2e.checkAccessibility();
  });
});
