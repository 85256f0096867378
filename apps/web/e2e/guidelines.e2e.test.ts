import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E, type E2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';
const obstacleTitle = 'Wmo vraagt uren te indiceren';

async function teamIdOf(e2e: E2E): Promise<string> {
  const { body } = await e2e.apiGet('/building-teams?pageSize=100');
  const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName);
  if (!team) throw new Error(`${teamName} not found`);
  return team.id;
}

interface GuidelineBody {
  version: number;
  status: string;
  lessonIds: string[];
  clauses: { field: string; rule: string; purpose: { nl: string; en: string }; lessonIds: string[] }[];
}

async function inForce(e2e: E2E, teamId: string): Promise<GuidelineBody> {
  const { body } = await e2e.apiGet(`/registration-guidelines?buildingTeamId=${teamId}&status=in-force`);
  return (body as { items: GuidelineBody[] }).items[0]!;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('registration guideline versions', () => {
  const e2e = useE2E();

  it('lets a facilitator write a new version from the one in force, and put it in force', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const id = await teamIdOf(e2e);
    const { page } = e2e;

    // From the bouwteam home to the versions.
    await e2e.visit(`/bouwteams/${id}`);
    await page.getByRole('link', { name: 'Alle versies van de registratierichtlijn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registratierichtlijn: versies' }).waitFor();
    const versions = page.getByRole('table', { name: 'Versies van de registratierichtlijn' });
    await versions.getByRole('link', { name: 'Versie 2' }).waitFor();
    const rowTexts = async () =>
      (await versions.getByRole('row').allInnerTexts()).slice(1).map((text) => text.replace(/\s+/g, ' '));
    await expect
      .poll(() => rowTexts())
      .toEqual([expect.stringMatching(/^Versie 2 geldt /), expect.stringMatching(/^Versie 1 vervallen /)]);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The version in force, every field with its decision, purpose and retention.
    await versions.getByRole('link', { name: 'Versie 2' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registratierichtlijn, versie 2' }).waitFor();
    const diagnosis = page.getByRole('row', { name: /^Diagnose/ });
    await expect.poll(() => diagnosis.innerText()).toMatch(/niet vastleggen\s+We registreren geen diagnoses/);
    await expect.poll(() => page.getByRole('row', { name: /^Leeftijdsgroep/ }).innerText()).toMatch(/optioneel/);
    await page.getByText('Namen van gezinsleden registreren we niet meer', { exact: false }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // A new version starts as a copy of the version in force.
    await page.getByRole('link', { name: 'Terug naar de versies van de richtlijn' }).click();
    await page.getByRole('link', { name: 'Nieuwe versie schrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe versie van de registratierichtlijn' }).waitFor();
    await page.getByText('Je begint met een kopie van versie 2.', { exact: false }).waitFor();
    const field = (name: string) => page.getByRole('group', { name, exact: true });
    const ageGroup = field('Leeftijdsgroep');
    await expect.poll(() => ageGroup.getByRole('radio', { name: 'Optioneel' }).isChecked()).toBe(true);
    await expect.poll(() => field('Diagnose').getByRole('radio', { name: 'Niet vastleggen' }).isChecked()).toBe(true);
    await expect
      .poll(() => ageGroup.getByLabel('Waarom (Nederlands)').inputValue())
      .toBe('Een leeftijdsgroep, geen geboortedatum.');
    await page.getByText('Nog geen veld krijgt een ander besluit.').waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // What the domain refuses is said at the field, and the focus goes to the first one.
    await field('Titel').getByRole('radio', { name: 'Optioneel' }).check();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('2 velden zijn nog niet goed ingevuld', { exact: false }).waitFor();
    await expect
      .poll(() => page.locator('#guideline-title-rule-error').innerText())
      .toBe('De titel is altijd verplicht.');
    await expect
      .poll(() => page.locator('#guideline-changelog-error').innerText())
      .toBe('Beschrijf in minstens 3 tekens wat er verandert.');
    await expect
      .poll(() => page.locator('#guideline-changelog').getAttribute('aria-describedby'))
      .toContain('guideline-changelog-error');
    await expect.poll(() => activeId(page)).toBe('guideline-title-rule-optional');
    await e2e.checkAccessibility();
    // Keyboard: the arrow keys move between the choices of one field.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => field('Titel').getByRole('radio', { name: 'Verplicht' }).isChecked()).toBe(true);

    // One field gets another decision, with why.
    await ageGroup.getByRole('radio', { name: 'Niet vastleggen' }).check();
    await ageGroup
      .getByLabel('Waarom (Nederlands)')
      .fill('In een kleine gemeente maakt een leeftijdsgroep een situatie herkenbaar.');
    await ageGroup
      .getByLabel('Waarom (Engels)')
      .fill('In a small municipality an age group makes a situation recognisable.');
    await ageGroup.getByLabel('Bewaartermijn').fill('');
    await page.getByText('Leeftijdsgroep: van optioneel naar niet vastleggen').waitFor();

    // The privacy guard marks what points at a person, as in the case form; sending waits until it is gone.
    const changelog = page.getByLabel('Wat verandert er, en waarom?');
    const withEmail = 'Leeftijdsgroep niet meer vastleggen, besproken met j.jansen@example.nl.';
    await changelog.fill(withEmail);
    const findings = page.locator('#guideline-changelog-findings');
    await findings.waitFor();
    await expect.poll(() => findings.innerText()).toContain('E-mailadres');
    await expect.poll(() => page.locator('#guideline-changelog-findings mark').innerText()).toBe('j.jansen@example.nl');
    await expect.poll(() => changelog.getAttribute('aria-describedby')).toContain('guideline-changelog-findings');
    const submit = page.getByRole('button', { name: 'Opslaan als concept' });
    await expect.poll(() => submit.isDisabled()).toBe(true);
    await e2e.checkAccessibility();
    await changelog.fill(
      'Leeftijdsgroep leggen we niet meer vast: in een kleine gemeente maakt die een situatie herkenbaar.',
    );
    await page.waitForFunction(() => !document.getElementById('guideline-changelog-findings'));
    await expect.poll(() => page.locator('#guideline-changelog-error').count()).toBe(0);

    // The lesson it came from.
    await page
      .getByRole('group', { name: 'Lessen waar deze versie uit voortkomt' })
      .getByLabel(/^Begin een half jaar voor het 18e jaar/)
      .check();

    // The API's own refusal (problem+json) lands at the field it names: here the second clause sent lost its purpose
    // on the way, so the API refuses (400) `body.clauses.1.purpose.nl`, the narrative's Dutch purpose.
    const post = '**/api/v1/registration-guidelines';
    await page.route(post, async (route) => {
      const body = route.request().postDataJSON() as { clauses: { purpose: { nl: string } }[] };
      body.clauses[1]!.purpose.nl = '';
      await route.continue({ postData: JSON.stringify(body) });
    });
    const refused = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/registration-guidelines') && response.request().method() === 'POST',
    );
    await submit.click();
    expect((await refused).status()).toBe(400);
    const narrativePurpose = page.locator('#guideline-narrative-purpose-nl-error');
    await narrativePurpose.waitFor();
    await expect.poll(() => narrativePurpose.innerText()).toBe('Schrijf op waarom, in het Nederlands.');
    await expect.poll(() => page.locator('#guideline-narrative-purpose-nl').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => activeId(page)).toBe('guideline-narrative-purpose-nl');
    await page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .waitFor();
    await e2e.checkAccessibility();
    await page.unroute(post);
    await submit.click();

    // The API stores it as a concept: the version in force stays in force until it is put in force.
    await page.getByRole('heading', { level: 1, name: 'Registratierichtlijn, versie 3' }).waitFor();
    await page.getByText('Versie 3 is opgeslagen als concept.', { exact: false }).waitFor();
    await expect.poll(() => page.locator('.lk-facts').innerText()).toMatch(/Status\W*concept/);
    await expect
      .poll(() => page.getByRole('row', { name: /^Leeftijdsgroep/ }).innerText())
      .toMatch(/niet vastleggen\s+In een kleine gemeente/);
    await page.getByRole('link', { name: 'Jongere tussen jeugdhulp en Wmo bij het 18e jaar' }).first().waitFor();
    await page
      .getByRole('link', { name: /^Begin een half jaar voor het 18e jaar/ })
      .first()
      .waitFor();
    expect((await inForce(e2e, id)).version).toBe(2);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    await page.getByRole('button', { name: 'Versie 3 in werking laten treden' }).click();
    await page.getByRole('button', { name: 'Ja, in werking laten treden' }).click();
    await page.getByText('Versie 3 geldt nu; de vorige versie is vervallen.').waitFor();
    await expect.poll(() => activeId(page)).toBe('guideline-in-force-message');
    await expect.poll(() => page.locator('.lk-facts').innerText()).toMatch(/Status\W*geldt/);
    await expect.poll(() => page.getByRole('button', { name: 'Versie 3 in werking laten treden' }).count()).toBe(0);
    const stored = await inForce(e2e, id);
    expect(stored.version).toBe(3);
    expect(stored.clauses.find((clause) => clause.field === 'ageGroup')).toMatchObject({ rule: 'not-recorded' });
    // The version's lessons: the one chosen for it, and those its clauses carried over from version 2 (the diagnosis
    // clause's reasons).
    const carried = stored.clauses.flatMap((clause) => clause.lessonIds);
    expect(stored.lessonIds).toEqual(expect.arrayContaining(carried));
    expect(stored.lessonIds).toHaveLength(1 + new Set(carried).size);
    await e2e.checkAccessibility();

    // Listed, newest first: version 3 in force, version 2 superseded.
    await page.getByRole('link', { name: 'Terug naar de versies van de richtlijn' }).click();
    await versions.getByRole('link', { name: 'Versie 3' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect
      .poll(() => rowTexts())
      .toEqual([
        expect.stringMatching(/^Versie 3 geldt .*Leeftijdsgroep leggen we niet meer vast/),
        expect.stringMatching(/^Versie 2 vervallen /),
        expect.stringMatching(/^Versie 1 vervallen /),
      ]);
    await e2e.checkAccessibility();

    // The case form follows the version now in force: no age group any more, and why.
    await e2e.visit(`/bouwteams/${id}/casussen/nieuw`);
    await page.getByLabel('Verhaal (verplicht)').waitFor();
    await page.getByText('registratierichtlijn die nu geldt (versie 3)', { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel(/^Leeftijdsgroep/).count()).toBe(0);
    await page.getByText('In een kleine gemeente maakt een leeftijdsgroep een situatie herkenbaar.').waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  });

  it('shows a manager the versions, read only', async () => {
    await e2e.signIn('manager@leerkring.test');
    const id = await teamIdOf(e2e);
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${id}`);
    await page.getByRole('link', { name: 'Alle versies van de registratierichtlijn' }).click();
    const versions = page.getByRole('table', { name: 'Versies van de registratierichtlijn' });
    await versions.getByRole('link', { name: 'Versie 1' }).waitFor();
    await page.getByText('Je kunt de richtlijn lezen.', { exact: false }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Nieuwe versie schrijven' }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    await versions.getByRole('link', { name: 'Versie 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registratierichtlijn, versie 1' }).waitFor();
    await expect.poll(() => page.locator('.lk-facts').innerText()).toMatch(/Status\W*vervallen/);
    await expect.poll(() => page.getByRole('row', { name: /^Gezinsleden/ }).innerText()).toMatch(/optioneel/);
    await expect.poll(() => page.getByRole('button', { name: /in werking laten treden/ }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    await e2e.visit(`/bouwteams/${id}/registratierichtlijnen/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Titel', exact: true }).count()).toBe(0);
    await e2e.checkAccessibility();
  });
});

describe('escalating a system obstacle', () => {
  const e2e = useE2E();

  it('lets a facilitator move the demo obstacle to its next status, by keyboard, and says it was saved', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const id = await teamIdOf(e2e);
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${id}/systeemhobbels`);
    const row = page.getByRole('row', { name: new RegExp(`^${obstacleTitle}`) });
    const select = page.getByLabel(`Nieuwe status van ${obstacleTitle}`);
    await select.waitFor();
    // The next step is offered first; the status it has now is marked.
    await expect.poll(() => select.inputValue()).toBe('escalated');
    await expect.poll(() => select.locator('option:checked').innerText()).toBe('geëscaleerd');
    await expect.poll(() => select.locator('option[value="open"]').innerText()).toBe('open (nu)');
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The status it already has is refused at the field.
    await select.selectOption('open');
    await row.getByRole('button', { name: `Status opslaan van ${obstacleTitle}` }).click();
    const error = page.locator(`#${await select.getAttribute('id')}-error`);
    await expect.poll(() => error.innerText()).toBe('De status is al open. Kies een andere status.');
    await expect.poll(() => select.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => activeId(page)).toBe(await select.getAttribute('id'));
    await e2e.checkAccessibility();

    // By keyboard: the next status, then Tab to the button and Enter.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).toBe('escalated');
    await expect.poll(() => error.count()).toBe(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Status opslaan');
    const saved = page.waitForResponse(
      (response) => response.url().includes('/api/v1/system-obstacles/') && response.request().method() === 'PATCH',
    );
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await row.getByRole('status').getByText(`Opgeslagen: ${obstacleTitle} is nu geëscaleerd.`).waitFor();
    await page.waitForFunction(
      () => document.querySelector('tbody td:last-child')?.textContent?.startsWith('geëscaleerd') ?? false,
    );
    await expect.poll(() => select.inputValue()).toBe('resolved');
    await e2e.checkAccessibility();

    // Stored: after a reload the obstacle is escalated.
    await e2e.visit(`/bouwteams/${id}/systeemhobbels`);
    await page.getByLabel(`Nieuwe status van ${obstacleTitle}`).waitFor();
    await expect.poll(() => row.getByRole('cell').last().innerText()).toMatch(/^geëscaleerd/);
    const { body } = await e2e.apiGet(`/system-obstacles?buildingTeamId=${id}`);
    expect(
      (body as { items: { title: string; escalationStatus: string }[] }).items.find(
        (item) => item.title === obstacleTitle,
      )?.escalationStatus,
    ).toBe('escalated');
  });

  it('shows a manager the escalation status without a way to change it', async () => {
    await e2e.signIn('manager@leerkring.test');
    const id = await teamIdOf(e2e);
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${id}/systeemhobbels`);
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByRole('combobox').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /Status opslaan/ }).count()).toBe(0);
    await e2e.checkAccessibility();
  });
});

describe('guideline and obstacle pages at 320 px wide', () => {
  const narrow = useE2E({ viewport: { width: 320, height: 640 } });
  it('shows the versions, a version, the form and the obstacles without horizontal scrolling', async () => {
    await narrow.signIn('facilitator@leerkring.test');
    const id = await teamIdOf(narrow);
    const current = await (async () => {
      const { body } = await narrow.apiGet(`/registration-guidelines?buildingTeamId=${id}&status=in-force`);
      return (body as { items: { id: string }[] }).items[0]!.id;
    })();
    for (const path of [
      `/bouwteams/${id}/registratierichtlijnen`,
      `/bouwteams/${id}/registratierichtlijnen/${current}`,
      `/bouwteams/${id}/registratierichtlijnen/nieuw`,
      `/bouwteams/${id}/systeemhobbels`,
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
  });
});
