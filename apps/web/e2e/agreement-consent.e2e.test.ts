import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/chromium';
import { useE2E } from './support/harness';

const agreementTitle = 'Samenwerkingsafspraken bouwteam';
const objections = [
  'Binnen een week een casusregisseur kiezen lukt niet in de zomermaanden.',
  'Voorschieten uit ons budget past niet in de subsidievoorwaarden.',
];
const tallyOf = (consent: number, object: number) =>
  `${consent} van 26 organisaties stemmen in, ${object} maken bezwaar, 4 staan opzij, 0 nog niet.`;

interface Version {
  id: string;
  number: string;
  status: string;
  reviewDate?: string;
}

describe('story 3: 26 partner organisations consent to v0.4, live, and it becomes the bèta in force', () => {
  const e2e = useE2E();

  async function demoAgreement(): Promise<{ agreementId: string; teamId: string; versions: Map<string, Version> }> {
    const { body } = await e2e.apiGet('/agreements?pageSize=100');
    const agreement = (body as { items: { id: string; title: string; context: { id: string } }[] }).items.find(
      (item) => item.title === agreementTitle,
    );
    if (!agreement) throw new Error(`${agreementTitle} not found`);
    const listed = await e2e.apiGet(`/agreements/${agreement.id}/versions`);
    const versions = new Map((listed.body as { items: Version[] }).items.map((version) => [version.number, version]));
    return { agreementId: agreement.id, teamId: agreement.context.id, versions };
  }

  const tally = (page: Page) => page.getByTestId('consent-tally');

  it('shows the tally and the objections to everyone, follows a partner changing their stance live, and puts v0.4 in force as bèta', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const facilitator = e2e.page;
    facilitator.setDefaultTimeout(15_000);
    const { agreementId, teamId, versions } = await demoAgreement();
    const v03 = versions.get('0.3')!;
    const v04 = versions.get('0.4')!;
    expect(v03.status).toBe('beta');
    expect(v04.status).toBe('proposed');
    const v04Path = `/afspraken/${agreementId}/versies/${v04.id}`;

    // A bouwteam member's start page lists the agreement whose version in force is due for review (v0.3, in 21 days).
    await e2e.visit('/');
    const reviewDue = facilitator.locator('section', {
      has: facilitator.getByRole('heading', { level: 2, name: 'Afspraken om te herzien' }),
    });
    const dueLinkName = `${agreementTitle}, versie 0.3 (bèta)`;
    const dueLink = reviewDue.getByRole('link', { name: dueLinkName });
    await dueLink.waitFor();
    await expect.poll(() => dueLink.getAttribute('href')).toBe(`/afspraken/${agreementId}/versies/${v03.id}`);
    const dueItem = reviewDue
      .getByRole('listitem')
      .filter({ has: facilitator.getByRole('link', { name: dueLinkName }) });
    await expect.poll(() => dueItem.innerText()).toContain('over 21 dagen');
    await expect.poll(() => dueItem.locator('time').getAttribute('datetime')).toBe(v03.reviewDate);
    await e2e.checkAccessibility();

    // So does the bouwteam's home.
    await e2e.visit(`/bouwteams/${teamId}`);
    const teamDue = facilitator.locator('section', {
      has: facilitator.getByRole('heading', { level: 2, name: 'Afspraken om te herzien' }),
    });
    await expect
      .poll(() => teamDue.getByRole('link', { name: dueLinkName }).getAttribute('href'))
      .toBe(`/afspraken/${agreementId}/versies/${v03.id}`);
    await e2e.checkAccessibility();

    // The facilitator opens v0.4: the exact counts, the rule in words, decided, and every objection with its reason.
    await e2e.visit(v04Path);
    await tally(facilitator)
      .filter({ hasText: tallyOf(20, 2) })
      .waitFor();
    // The summary first: one phrase for where it stands, the bar, and (folded away) every organisation's stance.
    await facilitator
      .getByText('Besloten: 20 van 26 stemmen in, minstens 18 waren nodig. De versie kan in werking worden gesteld.')
      .waitFor();
    await facilitator.getByRole('progressbar', { name: '20 van 26 stemmen in, 18 nodig' }).waitFor();
    await expect.poll(() => facilitator.getByText(/^Ronde 1 loopt/).count()).toBe(0);
    await facilitator.getByText('Standpunten per organisatie, beslisregel en bezwaren (26 organisaties)').click();
    await facilitator
      .getByText(
        'Gekwalificeerde meerderheid: minstens 18 van 26 organisaties stemmen in; bezwaren worden gehoord maar blokkeren niet.',
      )
      .waitFor();
    await facilitator.getByRole('heading', { level: 3, name: '2 bezwaren' }).waitFor();
    // The round is followed over server-sent events, not by polling.
    await facilitator.getByText('De telling werkt live bij.').waitFor();
    for (const reason of objections) expect(await facilitator.getByText(reason).first().isVisible()).toBe(true);
    const table = facilitator.getByRole('table', { name: 'Standpunt van elke partnerorganisatie in ronde 1' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(26);
    await expect
      .poll(() => table.getByRole('row', { name: /Jeugdhulp Oost Achterhoek/ }).innerText())
      .toContain('Maakt bezwaar');
    // A facilitator gives no stance; a decided proposal may be put in force.
    await expect.poll(() => facilitator.getByRole('radio', { name: /Instemmen/ }).count()).toBe(0);
    await facilitator.getByRole('heading', { level: 3, name: 'Versie 0.4 in werking stellen' }).waitFor();
    await e2e.checkAccessibility();

    // partner@ (Zorggroep De Linde, consented) opens the same version in a second browser.
    const partner = await e2e.personOn('partner@leerkring.test', v04Path);
    await tally(partner)
      .filter({ hasText: tallyOf(20, 2) })
      .waitFor();
    // Their organisation's stance in one line in the summary, the form behind "wijzigen".
    await expect
      .poll(() => partner.getByTestId('own-stance').innerText())
      .toBe('Jouw organisatie (Zorggroep De Linde): stemt in — wijzigen');
    await partner.getByRole('button', { name: 'wijzigen' }).click();
    await partner.getByRole('heading', { level: 3, name: 'Standpunt van Zorggroep De Linde' }).waitFor();
    await expect.poll(() => partner.getByRole('radio', { name: /Instemmen/ }).isChecked()).toBe(true);
    await expect.poll(() => partner.getByRole('heading', { name: 'Versie 0.4 in werking stellen' }).count()).toBe(0);
    await expectNoAxeViolations(partner);

    // An objection without a reason is refused at the field.
    await partner.getByRole('radio', { name: /Bezwaar maken/ }).check();
    await partner.getByRole('button', { name: 'Standpunt wijzigen' }).click();
    const reasonField = partner.getByLabel('Reden van het bezwaar');
    await partner.getByText('Geef bij een bezwaar een reden van minstens 3 tekens.').waitFor();
    await expect.poll(() => reasonField.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(partner);

    // With a reason it counts; the facilitator's page follows without a reload.
    const reason = 'Wij willen eerst zien hoe het terugbellen in de zomer uitpakt.';
    await reasonField.fill(reason);
    await partner.getByRole('button', { name: 'Standpunt wijzigen' }).click();
    await partner.getByText('Het standpunt van je organisatie is opgeslagen: Maakt bezwaar.').waitFor();
    await tally(partner)
      .filter({ hasText: tallyOf(19, 3) })
      .waitFor();
    await tally(facilitator)
      .filter({ hasText: tallyOf(19, 3) })
      .waitFor();
    await facilitator.getByRole('heading', { level: 3, name: '3 bezwaren' }).waitFor();
    await facilitator.getByText(reason).first().waitFor();
    // Still decided: under a qualified majority objections are heard, not blocking.
    await facilitator
      .getByText('Besloten: 19 van 26 stemmen in, minstens 18 waren nodig. De versie kan in werking worden gesteld.')
      .waitFor();
    await e2e.checkAccessibility();

    // partner@ changes it back; the facilitator sees the original counts again.
    await partner.getByRole('radio', { name: /Instemmen/ }).check();
    await partner.getByRole('button', { name: 'Standpunt wijzigen' }).click();
    await partner.getByText('Het standpunt van je organisatie is opgeslagen: Stemt in.').waitFor();
    await tally(facilitator)
      .filter({ hasText: tallyOf(20, 2) })
      .waitFor();
    await facilitator.getByRole('heading', { level: 3, name: '2 bezwaren' }).waitFor();
    await expectNoAxeViolations(partner);

    // Every stance given stays in the history, oldest first: the demo consent, the objection and the consent again.
    await facilitator.getByText(/^Alle gegeven standpunten \(\d+\)$/).click();
    const history = facilitator.getByRole('table', { name: 'Alle gegeven standpunten, oudste eerst' });
    await history.waitFor();
    const lindeRows = history.getByRole('row').filter({ hasText: 'Zorggroep De Linde' });
    await expect.poll(() => lindeRows.count()).toBe(3);
    const linde = await lindeRows.allInnerTexts();
    expect(linde[0]).toContain('Stemt in');
    expect(linde[1]).toContain('Maakt bezwaar');
    expect(linde[1]).toContain(reason);
    expect(linde[2]).toContain('Stemt in (telt nu)');
    await e2e.checkAccessibility();

    // The facilitator puts v0.4 in force as bèta, with a review date.
    const form = facilitator.locator('form', {
      has: facilitator.getByRole('heading', { name: 'Versie 0.4 in werking stellen' }),
    });
    await expect.poll(() => form.getByRole('radio', { name: 'bèta (op proef)' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'In werking stellen' }).click();
    await form.getByText('Geef een herzieningsdatum.').waitFor();
    await form.getByLabel('Herzieningsdatum').fill('2030-06-30');
    await form.getByRole('button', { name: 'In werking stellen' }).click();
    await facilitator.getByText('Versie 0.4 is in werking als bèta (op proef), te herzien op 30 juni 2030.').waitFor();
    await facilitator.getByText('Besloten en in werking.').waitFor();
    const status = facilitator
      .locator('dl.lk-facts > div')
      .filter({ has: facilitator.locator('dt', { hasText: /^Status$/ }) });
    await status.filter({ hasText: 'bèta' }).waitFor();
    // The version's facts show the review date.
    await facilitator.locator('dl.lk-facts time[datetime="2030-06-30"]').filter({ hasText: '30 juni 2030' }).waitFor();
    // The partner's page follows the round closing without a reload; the form is gone.
    await partner.getByText('Besloten en in werking.').waitFor();
    await expect.poll(() => partner.getByRole('radio', { name: /Bezwaar maken/ }).count()).toBe(0);
    await e2e.checkAccessibility();

    // v0.3 is superseded; the API agrees.
    await e2e.visit(`/afspraken/${agreementId}/versies/${v03.id}`);
    const superseded = facilitator
      .locator('dl.lk-facts > div')
      .filter({ has: facilitator.locator('dt', { hasText: /^Status$/ }) });
    await superseded.filter({ hasText: 'vervangen' }).waitFor();
    await e2e.checkAccessibility();
    const after = await demoAgreement();
    expect(after.versions.get('0.3')?.status).toBe('superseded');
    expect(after.versions.get('0.4')).toMatchObject({ status: 'beta', reviewDate: '2030-06-30' });

    // Nothing of this agreement is due for review any more.
    await e2e.visit('/');
    await facilitator.getByRole('heading', { level: 2, name: 'Afspraken om te herzien' }).waitFor();
    await expect
      .poll(() => facilitator.getByRole('link', { name: new RegExp(`^${agreementTitle}, versie`) }).count())
      .toBe(0);
    await e2e.checkAccessibility();
  }, 180_000);

  it("shows the coordinator the learning group's talking document due for review on the start page", async () => {
    await e2e.signIn('coordinator@leerkring.test');
    const page = e2e.page;
    page.setDefaultTimeout(15_000);
    const { body } = await e2e.apiGet('/agreements?pageSize=100');
    const document = (
      body as {
        items: { id: string; title: string; context: { type: string; name: string }; versionInForce: Version | null }[];
      }
    ).items.find((item) => item.context.type === 'learning-group');
    if (!document?.versionInForce?.reviewDate) throw new Error('No talking document in force with a review date');
    await e2e.visit('/');
    const reviewDue = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Afspraken om te herzien' }),
    });
    const name = `${document.title}, versie ${document.versionInForce.number} (bèta)`;
    const link = reviewDue.getByRole('link', { name });
    await link.waitFor();
    await expect
      .poll(() => link.getAttribute('href'))
      .toBe(`/afspraken/${document.id}/versies/${document.versionInForce.id}`);
    const item = reviewDue.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
    await expect.poll(() => item.innerText()).toContain(`leergroep ${document.context.name}`);
    await expect.poll(() => item.locator('time').getAttribute('datetime')).toBe(document.versionInForce.reviewDate);
    await e2e.checkAccessibility();
  });
});
