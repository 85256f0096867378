import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/chromium';
import { useE2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';

describe('story 1: the monthly intervision with the incident method', () => {
  const e2e = useE2E();

  const axe = (page: Page) => expectNoAxeViolations(page);

  async function plannedSession(): Promise<{ teamId: string; sessionId: string }> {
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName);
    if (!team) throw new Error(`${teamName} not found`);
    const sessions = await e2e.apiGet(`/intervision-sessions?buildingTeamId=${team.id}&status=planned`);
    const session = (sessions.body as { items: { id: string }[] }).items[0];
    if (!session) throw new Error('No planned demo session');
    return { teamId: team.id, sessionId: session.id };
  }

  const phaseHeading = (page: Page, number: number, name: string) =>
    page.getByRole('heading', { level: 2, name: `Fase ${number} van 10: ${name}` });

  it('runs the planned session: open actions first, private positions revealed live, the inbrenger listens, the end links to lessons', async () => {
    await e2e.signIn('facilitator@leerkring.test');
    const { teamId, sessionId } = await plannedSession();
    const facilitator = e2e.page;
    facilitator.setDefaultTimeout(15_000);

    // The bouwteam lists its sessions; the planned one opens the runner.
    await e2e.visit(`/bouwteams/${teamId}/sessies`);
    await facilitator.getByRole('link', { name: 'Sessie plannen' }).waitFor();
    await e2e.checkAccessibility();

    await e2e.visit(`/sessies/${sessionId}`);
    // The previous session's open actions come first.
    const previous = facilitator.getByRole('heading', { level: 2, name: 'Open acties van de vorige sessie' });
    await previous.waitFor();
    await facilitator.getByText('Een overgangsprotocol 18-/18+ opstellen voor het bouwteam.').waitFor();
    await facilitator
      .getByText('Navragen bij de gemeente of een Wmo-indicatie al voor het 18e jaar kan starten.')
      .waitFor();
    // The meeting header leads (the phase, here: not started yet); the open actions are the first step after it.
    await expect
      .poll(async () => (await facilitator.locator('main h2').allInnerTexts()).slice(0, 2))
      .toEqual(['De sessie is nog niet begonnen.', 'Open acties van de vorige sessie']);
    await facilitator.getByText('De sessie is nog niet begonnen.').waitFor();
    await e2e.checkAccessibility();
    const done = facilitator.getByRole('button', {
      name: 'Gedaan: Een overgangsprotocol 18-/18+ opstellen voor het bouwteam.',
    });
    await done.click();
    await done.waitFor({ state: 'detached' });

    // The participant (partner@, also note-taker) and the inbrenger (partner2@) follow along.
    const participant = await e2e.personOn('partner@leerkring.test', `/sessies/${sessionId}`);
    const inbrenger = await e2e.personOn('partner2@leerkring.test', `/sessies/${sessionId}`);
    await participant.getByText('De sessie is nog niet begonnen.').waitFor();
    await expect.poll(() => participant.getByRole('button', { name: 'Sessie starten' }).count()).toBe(0);
    await axe(participant);

    // The facilitator starts; everyone sees the first phase without reloading.
    await facilitator.getByRole('button', { name: 'Sessie starten' }).click();
    await phaseHeading(facilitator, 1, 'Incident kiezen').waitFor();
    await expect.poll(() => facilitator.getByRole('button', { name: 'Vorige fase' }).isDisabled()).toBe(true);
    await facilitator.getByText('Vorige fase: dit is de eerste fase').waitFor();
    await phaseHeading(participant, 1, 'Incident kiezen').waitFor();
    await participant.getByText(/^\d\d:\d\d van 05:00/).waitFor();
    await e2e.checkAccessibility();

    // On to the private-then-reveal phase of the positions (phase 6).
    for (let phase = 2; phase <= 6; phase++) {
      await facilitator.getByRole('button', { name: 'Volgende fase' }).click();
      await facilitator.getByRole('heading', { level: 2, name: new RegExp(`^Fase ${phase} van 10`) }).waitFor();
    }
    await phaseHeading(facilitator, 6, 'Standpunten individueel opschrijven').waitFor();
    await phaseHeading(participant, 6, 'Standpunten individueel opschrijven').waitFor();
    await participant.getByText('Alleen jij ziet dit tot de facilitator alles tegelijk toont.').waitFor();
    await axe(participant);

    const mine = 'Ik zou een overgangsgesprek plannen met de jongere en beide financiers.';
    const theirs = 'Eerst vragen wat de jongere zelf wil, dan pas de financiering.';
    await participant.getByLabel('Jouw bijdrage').fill(mine);
    await participant.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
    await participant.getByText(mine).waitFor();
    await inbrenger.getByLabel('Jouw bijdrage').fill(theirs);
    await inbrenger.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
    await inbrenger.getByText(theirs).waitFor();

    // Before the reveal nobody sees another's position, the facilitator included: only the counts.
    await facilitator.getByText(/^2 bijdragen geplaatst/).waitFor();
    await facilitator.getByText(/^2 van \d+ hebben geschreven$/).waitFor();
    await expect.poll(() => facilitator.getByText(mine).count()).toBe(0);
    await expect.poll(() => facilitator.getByText(theirs).count()).toBe(0);
    await expect.poll(() => participant.getByText(theirs).count()).toBe(0);
    await e2e.checkAccessibility();

    // The facilitator reveals; the participant's page shows all positions without a reload.
    await facilitator.getByRole('button', { name: 'Alles tegelijk tonen' }).click();
    await facilitator.getByText(mine).waitFor();
    await facilitator.getByText(theirs).waitFor();
    await participant.getByText(theirs).waitFor();
    await participant.getByText('De bijdragen van deze fase zijn getoond; er kunnen er geen meer bij.').waitFor();
    await expect.poll(() => facilitator.getByRole('button', { name: 'Alles tegelijk tonen' }).count()).toBe(1);
    await expect.poll(() => facilitator.getByRole('button', { name: 'Alles tegelijk tonen' }).isDisabled()).toBe(true);
    await axe(participant);

    // In the inbrenger-listens phase the inbrenger cannot post; the others can.
    await facilitator.getByRole('button', { name: 'Volgende fase' }).click();
    await phaseHeading(inbrenger, 7, 'Standpunten delen').waitFor();
    await inbrenger.getByText('Je luistert nu.', { exact: false }).waitFor();
    await expect.poll(() => inbrenger.getByLabel('Jouw bijdrage').count()).toBe(0);
    await phaseHeading(participant, 7, 'Standpunten delen').waitFor();
    await participant.getByLabel('Jouw bijdrage').waitFor();
    await axe(inbrenger);

    // The note-taker notes the phase.
    await participant.getByLabel('Notitie bij deze fase').fill('De standpunten lagen dicht bij elkaar.');
    await participant.getByRole('button', { name: 'Notitie opslaan' }).click();
    await participant.getByText('De standpunten lagen dicht bij elkaar.').waitFor();

    // The facilitator records an action and ends the session; the end links to the lessons.
    await facilitator.getByLabel('Wat', { exact: true }).fill('Het overgangsprotocol bespreken met de wethouder.');
    await facilitator.getByLabel('Uiterlijk', { exact: true }).fill('2030-01-31');
    await facilitator.getByRole('button', { name: 'Actie toevoegen' }).click();
    await facilitator.getByText('Het overgangsprotocol bespreken met de wethouder.').waitFor();
    await facilitator.getByRole('button', { name: 'Sessie beëindigen' }).click();
    await facilitator.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await facilitator.getByText('De sessie is afgelopen.').waitFor();
    await participant.getByText('De sessie is afgelopen.').waitFor();
    // "Lessen vastleggen" is the main action now, with the session's cases pre-selected.
    const lessons = facilitator.getByRole('link', { name: 'Lessen vastleggen' });
    await lessons.waitFor();
    await expect
      .poll(() => lessons.getAttribute('href'))
      .toMatch(new RegExp(`^/bouwteams/${teamId}/lessen/nieuw\\?sessie=${sessionId}(&casus=[0-9a-f-]+)*$`));
    await expect.poll(() => lessons.getAttribute('class')).toContain('utrecht-button--primary-action-button');
    await e2e.checkAccessibility();
    await lessons.click();
    await facilitator.getByRole('heading', { level: 1, name: 'Geleerde les vastleggen' }).waitFor();
    await facilitator.getByText('Deze les wordt gekoppeld aan de intervisiesessie waar je vandaan komt.').waitFor();
  }, 180_000);

  it('plans a session from the start page with real roles: a searched case, its inbrenger by default, a chosen note-taker', async () => {
    await e2e.signIn('partner@leerkring.test');
    const page = e2e.page;
    page.setDefaultTimeout(15_000);
    const me = (await e2e.apiGet('/me')).body as { person: { id: string } };
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName)!;
    const cases = await e2e.apiGet(`/cases?buildingTeamId=${team.id}&pageSize=1`);
    const picked = (cases.body as { items: { id: string; title: string; broughtInBy: { id: string } }[] }).items[0]!;
    const candidates = (await e2e.apiGet(`/building-teams/${team.id}/session-candidates`)).body as {
      items: { person: { id: string; name: string } }[];
    };
    const noteTaker = candidates.items.find((item) => item.person.id !== me.person.id)!;

    await e2e.visit('/');
    await page.getByRole('list', { name: 'Waar je aan meedoet' }).getByRole('link', { name: teamName }).click();
    await page.getByRole('heading', { level: 1, name: teamName }).waitFor();
    await page.getByRole('link', { name: 'Sessie plannen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sessie plannen' }).waitFor();
    // The planner guides the session unless they choose someone else.
    await expect.poll(() => page.locator('#session-facilitator').inputValue()).toBe(me.person.id);
    await axe(page);

    await page.locator('#session-method').selectOption({ index: 1 });
    await page.locator('#session-date').fill('2099-06-01');
    await page.locator('#session-case-search').fill(picked.title.split(' ').slice(0, 3).join(' '));
    await page.locator(`#session-case-${picked.id}`).check();
    // Who brought the case in presents it, by default.
    await expect.poll(() => page.locator('#session-inbrenger').inputValue()).toBe(picked.broughtInBy.id);
    await page.locator('#session-note-taker').selectOption(noteTaker.person.id);
    await page.getByRole('button', { name: 'Sessie plannen' }).click();

    await page.waitForURL(/\/sessies\/[0-9a-f-]{36}$/);
    const sessionId = new URL(page.url()).pathname.split('/').pop()!;
    const session = (await e2e.apiGet(`/intervision-sessions/${sessionId}`)).body as {
      facilitator: { id: string };
      inbrenger: { id: string };
      cases: { id: string }[];
      roles: { person: { id: string }; roles: string[] }[];
    };
    expect(session.facilitator.id).toBe(me.person.id);
    expect(session.inbrenger.id).toBe(picked.broughtInBy.id);
    expect(session.cases.map((item) => item.id)).toEqual([picked.id]);
    expect(session.roles.find((item) => item.person.id === noteTaker.person.id)?.roles).toContain('note-taker');
    // The session's page, once its title is there.
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /\S/ }).waitFor();
    await axe(page);
  });
});
