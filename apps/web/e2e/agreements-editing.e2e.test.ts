import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/chromium';
import { useE2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';
const agreementTitle = 'Samenwerkingsafspraken bouwteam';

interface Version {
  id: string;
  number: string;
  status: string;
  revision: number;
  changelog: string;
  clauses: { id: string; title: string; text: string; lessonIds: string[] }[];
}

describe('story 3: agreements of the bouwteam', () => {
  const e2e = useE2E();

  async function demoAgreement(): Promise<{ teamId: string; agreementId: string; versions: Version[] }> {
    const teams = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (teams.body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName);
    if (!team) throw new Error(`${teamName} not found`);
    const agreements = await e2e.apiGet(`/agreements?buildingTeamId=${team.id}`);
    const agreement = (agreements.body as { items: { id: string; title: string }[] }).items.find(
      (item) => item.title === agreementTitle,
    );
    if (!agreement) throw new Error(`${agreementTitle} not found`);
    const versions = await e2e.apiGet(`/agreements/${agreement.id}/versions`);
    return { teamId: team.id, agreementId: agreement.id, versions: (versions.body as { items: Version[] }).items };
  }

  const byNumber = (versions: Version[], number: string) => {
    const version = versions.find((item) => item.number === number);
    if (!version) throw new Error(`No version ${number}`);
    return version;
  };

  it('shows the diff between v0.3 and v0.4 with insertions and deletions said in words, not by colour alone', async () => {
    await e2e.signIn('partner@leerkring.test');
    const { teamId, agreementId, versions } = await demoAgreement();
    const [v3, v4] = [byNumber(versions, '0.3'), byNumber(versions, '0.4')];
    const { page } = e2e;

    // From the bouwteam home to the agreement, its versions, and the version page.
    await e2e.visit(`/bouwteams/${teamId}`);
    const section = page.getByRole('region', { name: 'Samenwerkingsafspraken' });
    await section.getByRole('link', { name: agreementTitle }).waitFor();
    await expect.poll(() => section.innerText()).toMatch(/In werking\s*versie 0\.3 \(bèta, in werking\)/);
    await expect.poll(() => section.innerText()).toMatch(/Nieuwste versie\s*versie 0\.4 \(voorgesteld\)/);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await section.getByRole('link', { name: agreementTitle }).click();
    await page.getByRole('heading', { level: 1, name: agreementTitle }).waitFor();
    await page.getByRole('table', { name: `Versies van ${agreementTitle}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await page.getByRole('link', { name: 'versie 0.4', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${agreementTitle}, versie 0.4` }).waitFor();
    await page.getByRole('heading', { level: 3, name: /Artikel 3\. Eén casusregisseur/ }).waitFor();
    // The leerlijn forward: the transition clause came from a lesson, linked by its text.
    const transition = page.locator('#artikel-overgang-18');
    await transition.getByText('Voortgekomen uit deze les:').waitFor();
    await transition.getByRole('link').first().waitFor();
    const markdown = page.getByRole('link', { name: 'Downloaden als Markdown' });
    await expect
      .poll(() => markdown.getAttribute('href'))
      .toBe(`/api/v1/agreements/${agreementId}/versions/${v4.id}/markdown`);
    await expect.poll(() => markdown.getAttribute('download')).not.toBeNull();
    await expect
      .poll(() => page.getByRole('link', { name: 'Downloaden als Word-document (.docx)' }).getAttribute('href'))
      .toBe(`/api/v1/agreements/${agreementId}/versions/${v4.id}/docx`);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The diff, by default against the version it was based on.
    await page.getByRole('link', { name: 'Vergelijken met een andere versie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versie 0.3 en 0.4 vergelijken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/afspraken/${agreementId}/versies/${v4.id}/vergelijken`);
    await expect.poll(() => page.getByLabel('Oudere versie (van)').inputValue()).toBe(v3.id);
    await expect.poll(() => page.getByLabel('Nieuwere versie (naar)').inputValue()).toBe(v4.id);
    const changes = page.getByRole('list', { name: 'Artikelen van versie 0.3 naar 0.4' });
    await changes.waitFor();
    await page.getByText('1 gewijzigd, 1 toegevoegd, 0 verwijderd, 1 verplaatst, 3 ongewijzigd.').waitFor();

    const changed = changes
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Eén casusregisseur' }) });
    await expect.poll(() => changed.locator('.lk-diff__label').innerText()).toBe('Gewijzigd');
    const deleted = changed.locator('del');
    const inserted = changed.locator('ins');
    await expect.poll(() => deleted.count()).toBe(1);
    await expect.poll(() => inserted.count()).toBe(2);
    // Said in words for a screen reader, and marked by underline and strike-through, not by colour alone.
    await expect.poll(() => deleted.first().textContent()).toMatch(/^verwijderd: drie/);
    await expect.poll(() => inserted.first().textContent()).toMatch(/^ingevoegd: twee/);
    await expect.poll(() => inserted.nth(1).textContent()).toContain('binnen een week na de eerste melding');
    await expect
      .poll(() => deleted.first().evaluate((element) => getComputedStyle(element).textDecorationLine))
      .toContain('line-through');
    await expect
      .poll(() => inserted.first().evaluate((element) => getComputedStyle(element).textDecorationLine))
      .toContain('underline');

    const added = changes.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Ontschotten' }) });
    await expect.poll(() => added.locator('.lk-diff__label').innerText()).toContain('Toegevoegd');
    const moved = changes
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'De inwoner aan tafel' }) });
    await expect.poll(() => moved.locator('.lk-diff__label').innerText()).toBe('Verplaatst van plaats 3 naar 1');
    await e2e.checkAccessibility();

    // Only the changes, by keyboard; then any two versions.
    await page.getByLabel('Alleen gewijzigde artikelen tonen').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('.lk-diff__clause').length === 3);
    await page.getByLabel('Oudere versie (van)').selectOption({ label: 'versie 0.1 (vervangen)' });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versie 0.1 en 0.4 vergelijken' }).waitFor();
    await page.getByRole('list', { name: 'Artikelen van versie 0.1 naar 0.4' }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The print page: clauses, changelog and the consent result.
    await e2e.visit(`/afspraken/${agreementId}/versies/${v4.id}/afdrukken`);
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Uitslag van de instemmingsronde' }).waitFor();
    await page
      .getByText(
        'Van de 26 partnerorganisaties stemden 20 in, maakten 2 bezwaar, zagen 4 af en gaven 0 (nog) geen standpunt.',
      )
      .waitFor();
    await page
      .getByText('Binnen een week een casusregisseur kiezen lukt niet in de zomermaanden.', { exact: false })
      .waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.lk-page-header').isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    await page.getByRole('heading', { level: 3, name: /Artikel 5\. Ontschotten/ }).waitFor();
    await page.emulateMedia({ media: 'screen' });
  }, 120_000);

  it('lets two partners edit the same concept at once: the second gets the conflict with both texts, re-applies, and nothing is lost', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const { agreementId, versions } = await demoAgreement();
    const v4 = byNumber(versions, '0.4');
    const { page } = e2e;
    const editorPath = `/afspraken/${agreementId}/versies/${v4.id}/bewerken`;

    // The facilitator takes the proposal back to concept, on the version page.
    await e2e.visit(`/afspraken/${agreementId}/versies/${v4.id}`);
    await page.getByRole('button', { name: 'Terug naar concept' }).click();
    await page.getByRole('button', { name: 'Ja, terug naar concept' }).click();
    await page.getByText('Versie 0.4 is nu: concept.').waitFor();
    await page.getByRole('link', { name: 'Concept bewerken' }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // Two partners open the same concept in the editor.
    const first = await e2e.personOn('partner@leerkring.test', editorPath);
    const second = await e2e.personOn('partner2@leerkring.test', editorPath);
    for (const editor of [first, second]) {
      await editor.getByRole('heading', { level: 1, name: 'Versie 0.4 bewerken' }).waitFor();
      await editor.getByRole('group', { name: 'Artikel 1' }).waitFor();
    }
    await first.waitForLoadState('networkidle');
    await expectNoAxeViolations(first);

    // The first changes the call-back clause (article 2) and saves.
    const firstText =
      'Wie door een partner wordt gebeld over een gezamenlijk huishouden, belt binnen één werkdag terug.';
    await first
      .getByRole('group', { name: 'Artikel 2' })
      .getByLabel('Tekst van het artikel (verplicht)')
      .fill(firstText);

    // Meanwhile the second changes the evaluation clause (article 6), moves article 1 down by keyboard, and writes a changelog.
    const secondText = 'We evalueren deze afspraken elk kwartaal in het bouwteam, en eens per jaar samen met inwoners.';
    const secondChangelog = 'Evaluatie ook met inwoners; de inwoner aan tafel als tweede artikel.';
    await second
      .getByRole('group', { name: 'Artikel 6' })
      .getByLabel('Tekst van het artikel (verplicht)')
      .fill(secondText);
    const down = second.getByRole('button', { name: /^Omlaag\s*: Artikel 1\. De inwoner aan tafel$/ });
    await down.focus();
    await second.keyboard.press('Enter');
    await second.getByRole('button', { name: /^Omlaag\s*: Artikel 2\. De inwoner aan tafel$/ }).waitFor();
    await expect.poll(() => second.evaluate(() => document.activeElement?.id)).toBe('clause-inwoner-aan-tafel-down');
    await second.getByText('De inwoner aan tafel staat nu op plaats 2 van 6.').waitFor({ state: 'attached' });
    await second.getByLabel('Wijzigingen in deze versie').fill(secondChangelog);

    await first.getByRole('button', { name: 'Opslaan' }).click();
    await first.getByText('Versie 0.4 is opgeslagen.').waitFor();
    await first.getByText(firstText).waitFor();

    // The second saves too: refused, nothing overwritten, both texts side by side.
    const refused = second.waitForResponse(
      (response) => response.url().endsWith(`/versions/${v4.id}`) && response.request().method() === 'PATCH',
    );
    await second.getByRole('button', { name: 'Opslaan' }).click();
    expect((await refused).status()).toBe(412);
    const conflict = second.getByRole('region', { name: 'Iemand anders heeft deze versie intussen gewijzigd' });
    await conflict.waitFor();
    await expect.poll(() => second.evaluate(() => document.activeElement?.id)).toBe('conflict-heading');
    const theirs = conflict.getByRole('region', { name: /Zoals het nu is opgeslagen/ });
    const mine = conflict.getByRole('region', { name: 'Jouw tekst (nog niet opgeslagen)' });
    await theirs.getByText(firstText).waitFor();
    await theirs.getByText('intussen gewijzigd').waitFor();
    await mine.getByText(secondText).waitFor();
    await mine.getByText(secondChangelog).waitFor();
    await expect.poll(() => mine.getByText('door jou gewijzigd').count()).toBeGreaterThan(0);
    // Side by side on a wide screen.
    const [theirBox, myBox] = [await theirs.boundingBox(), await mine.boundingBox()];
    expect(myBox!.x).toBeGreaterThan(theirBox!.x + theirBox!.width - 1);
    // What was typed is still in the form, and saving waits for a choice.
    await expect
      .poll(() =>
        second.getByRole('group', { name: 'Artikel 6' }).getByLabel('Tekst van het artikel (verplicht)').inputValue(),
      )
      .toBe(secondText);
    await expect.poll(() => second.getByRole('button', { name: 'Opslaan' }).isDisabled()).toBe(true);
    await second.waitForLoadState('networkidle');
    await expectNoAxeViolations(second);

    // Re-apply the second's changes onto the version as stored now, check, and save.
    await second.getByRole('button', { name: 'Neem mijn wijzigingen over op de nieuwe versie' }).click();
    await second.getByText(/Jouw wijzigingen staan nu op de opgeslagen tekst \(revisie \d+\)/).waitFor();
    await expect.poll(() => conflict.count()).toBe(0);
    const form = (number: number) =>
      second.getByRole('group', { name: `Artikel ${number}` }).getByLabel('Tekst van het artikel (verplicht)');
    await expect.poll(() => form(1).inputValue()).toBe(firstText);
    await expect
      .poll(() => form(2).inputValue())
      .toContain('We bespreken een situatie niet zonder dat de inwoner weet');
    await expect.poll(() => form(6).inputValue()).toBe(secondText);
    await expect.poll(() => second.getByLabel('Wijzigingen in deze versie').inputValue()).toBe(secondChangelog);
    await expectNoAxeViolations(second);
    await second.getByRole('button', { name: 'Opslaan' }).click();
    await second.getByText('Versie 0.4 is opgeslagen.').waitFor();
    await second.getByText(secondText).waitFor();
    await second.getByText(firstText).waitFor();
    await second.waitForLoadState('networkidle');
    await expectNoAxeViolations(second);

    // The stored text holds both changes, the second's order and changelog, and the clauses keep their lessons.
    const stored = (await e2e.apiGet(`/agreements/${agreementId}/versions/${v4.id}`)).body as Version;
    expect(stored.clauses.map((clause) => clause.id)).toEqual([
      'terugbellen',
      'inwoner-aan-tafel',
      'casusregie',
      'overgang-18',
      'ontschotten',
      'evaluatie',
    ]);
    expect(stored.clauses.find((clause) => clause.id === 'terugbellen')?.text).toBe(firstText);
    expect(stored.clauses.find((clause) => clause.id === 'evaluatie')?.text).toBe(secondText);
    expect(stored.changelog).toBe(secondChangelog);
    expect(stored.clauses.find((clause) => clause.id === 'overgang-18')?.lessonIds).toEqual(
      v4.clauses.find((clause) => clause.id === 'overgang-18')?.lessonIds,
    );
    expect(stored.revision).toBe(v4.revision + 3);
  }, 180_000);

  it('turns a lesson into a clause in one step, shows the leerlijn back from the lesson and the case, and refuses a BSN at the field', async () => {
    await e2e.signIn('partner@leerkring.test');
    const { teamId, agreementId, versions } = await demoAgreement();
    const { page } = e2e;
    let v4 = byNumber(versions, '0.4');
    if (v4.status === 'proposed') {
      // A proposal takes no lesson proposals; back to concept first (the facilitator does this in the test above).
      const me = (await e2e.apiGet('/me')).body as { csrfToken: string };
      const back = await page
        .context()
        .request.post(`${e2e.baseUrl}/api/v1/agreements/${agreementId}/versions/${v4.id}/status-changes`, {
          headers: { 'X-CSRF-Token': me.csrfToken },
          data: { status: 'concept' },
        });
      expect(back.status()).toBe(200);
      v4 = (await e2e.apiGet(`/agreements/${agreementId}/versions/${v4.id}`)).body as Version;
    }
    const lessonText = 'Eén plan met één casusregisseur';

    // From the lessons to the lesson: what it changed so far, and the proposal form.
    await e2e.visit(`/bouwteams/${teamId}/lessen`);
    const row = page.getByRole('row').filter({ hasText: lessonText });
    await row.getByRole('link', { name: 'voorstel voor de afspraak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geleerde les' }).waitFor();
    const sources = page.getByRole('region', { name: 'Afspraken die hieruit voortkwamen' });
    await sources
      .getByRole('link', { name: /Samenwerkingsafspraken bouwteam, versie 0\.4: Eén casusregisseur/ })
      .waitFor();
    const proposal = page.getByRole('region', { name: 'Voorstel voor de afspraak' });
    await proposal.getByLabel('Artikel', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // An existing clause fills the form with its text; a new clause starts empty.
    await proposal.getByLabel('Artikel', { exact: true }).selectOption({ label: 'Artikel 6. Evaluatie' });
    await expect
      .poll(() => proposal.getByLabel('Voorgestelde tekst (verplicht)').inputValue())
      .toContain('We evalueren deze afspraken');
    await proposal.getByLabel('Artikel', { exact: true }).selectOption({ label: '— Nieuw artikel —' });
    const title = 'Casusregie in de zomer';
    const text =
      'In de zomermaanden kiezen we binnen twee weken een casusregisseur; een vervanger neemt het over bij vakantie.';
    await proposal.getByLabel('Titel van het artikel').fill(title);
    await proposal.getByLabel('Voorgestelde tekst (verplicht)').fill(text);
    await proposal.getByRole('button', { name: 'Voorstel in het concept zetten' }).click();

    // The concept, with the clause linked to the lesson.
    await page.getByRole('heading', { level: 1, name: 'Samenwerkingsafspraken bouwteam, versie 0.4' }).waitFor();
    const clause = page.locator('li.lk-clause').filter({ has: page.getByRole('heading', { name: title }) });
    await clause.getByText(text).waitFor();
    await clause.getByRole('link', { name: new RegExp(lessonText) }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The leerlijn back: from the lesson, and from the case the lesson is about.
    await clause.getByRole('link', { name: new RegExp(lessonText) }).click();
    await page.getByRole('heading', { level: 1, name: 'Geleerde les' }).waitFor();
    await sources.getByRole('link', { name: `Samenwerkingsafspraken bouwteam, versie 0.4: ${title}` }).waitFor();
    await page.getByRole('region', { name: 'Casussen' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    await sources.getByRole('link', { name: `Samenwerkingsafspraken bouwteam, versie 0.4: ${title}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The editor marks a BSN while typing and waits; forced through, the API's refusal is shown at the field.
    await e2e.visit(`/afspraken/${agreementId}/versies/${v4.id}/bewerken`);
    const group = page.getByRole('group', { name: 'Artikel 1' });
    const field = group.getByLabel('Tekst van het artikel (verplicht)');
    const clean = await field.inputValue();
    const withBsn = `${clean} Bel over BSN 111222333.`;
    await field.fill(withBsn);
    const fieldId = await field.getAttribute('id');
    await page.locator(`#${fieldId}-findings`).waitFor();
    const save = page.getByRole('button', { name: 'Opslaan' });
    await expect.poll(() => save.isDisabled()).toBe(true);
    const refused = page.waitForResponse(
      (response) => response.url().endsWith(`/versions/${v4.id}`) && response.request().method() === 'PATCH',
    );
    await save.evaluate((button) => {
      button.removeAttribute('disabled');
      (button as HTMLButtonElement).click();
    });
    expect((await refused).status()).toBe(422);
    const refusal = page.locator(`#${fieldId}-refused`);
    await refusal.waitFor();
    await expect.poll(() => refusal.innerText()).toMatch(/Burgerservicenummer \(BSN\) in de \S+ zin \(4e woord\)/);
    await expect.poll(() => field.getAttribute('aria-describedby')).toContain(`${fieldId}-refused`);
    await e2e.checkAccessibility();
    await field.fill(clean);
    await page.waitForFunction(
      (id) => !document.getElementById(`${id}-findings`) && !document.getElementById(`${id}-refused`),
      fieldId,
    );
    await expect.poll(() => save.isDisabled()).toBe(false);
  }, 120_000);
});

describe('the agreement pages at 320 px wide', () => {
  const narrow = useE2E({ viewport: { width: 320, height: 640 } });
  it('shows the agreement, a version, the editor, the diff and the print page without horizontal scrolling', async () => {
    await narrow.signIn('facilitator@leerkring.test');
    const teams = await narrow.apiGet('/building-teams?pageSize=100');
    const teamId = (teams.body as { items: { id: string; name: string }[] }).items.find(
      (item) => item.name === teamName,
    )!.id;
    const agreements = await narrow.apiGet(`/agreements?buildingTeamId=${teamId}`);
    const agreement = (
      agreements.body as { items: { id: string; versionInForce: { id: string }; latestVersion: { id: string } }[] }
    ).items[0]!;
    const base = `/afspraken/${agreement.id}`;
    // The proposal back to concept, so the editor opens.
    const me = (await narrow.apiGet('/me')).body as { csrfToken: string };
    const back = await narrow.page
      .context()
      .request.post(
        `${narrow.baseUrl}/api/v1/agreements/${agreement.id}/versions/${agreement.latestVersion.id}/status-changes`,
        {
          headers: { 'X-CSRF-Token': me.csrfToken },
          data: { status: 'concept' },
        },
      );
    expect(back.status()).toBe(200);
    for (const path of [
      `${base}/versies/${agreement.latestVersion.id}/bewerken`,
      base,
      `${base}/versies/${agreement.latestVersion.id}`,
      `${base}/versies/${agreement.latestVersion.id}/vergelijken`,
      `${base}/versies/${agreement.latestVersion.id}/afdrukken`,
      `${base}/versies/${agreement.versionInForce.id}`,
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
