import { OverviewSchema, ProblemSchema, WorkListSchema } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const e2e = useE2E();

describe('start page', () => {
  it("is a partner's work list: the next session with their roles, one click from the session itself", async () => {
    await e2e.signIn('partner@leerkring.test');
    const { status, body } = await e2e.apiGet('/me/work');
    expect(status).toBe(200);
    const work = WorkListSchema.parse(body);
    expect(work.sessions.length).toBeGreaterThan(0);
    await e2e.visit('/');
    const { page } = e2e;
    await expect.poll(() => page.title()).toBe('Start – Leerkring');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Voor jou' }).waitFor();

    const sessions = page.getByRole('list', { name: 'Je volgende sessies' });
    await sessions.waitFor();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(work.sessions.length);
    await expect.poll(() => sessions.innerText()).toContain('Jij bent notulist, deelnemer.');
    // Every kind of work a partner may have is there, with its items or what to do next; no platform counts.
    for (const heading of [
      'Open acties',
      'Instemming gevraagd',
      'Afspraken om te herzien',
      'Je concepten',
      'Waar je aan meedoet',
    ])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    expect(await page.getByRole('list', { name: 'Aantallen' }).count()).toBe(0);
    await e2e.checkAccessibility();
    await page.screenshot({ path: '/tmp/leerkring-start.png', fullPage: true });

    await sessions.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /Incident/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/sessies/${work.sessions[0]!.id}`);
  });

  it('shows a coordinator their region and GALA alerts, not an empty bouwteam list', async () => {
    await e2e.signIn('coordinator@leerkring.test');
    await e2e.visit('/');
    const { page } = e2e;
    await page.getByRole('heading', { level: 2, name: 'Jouw regio' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Aandacht nodig in je regio' }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).not.toContain('Er zijn nog geen bouwteams');
    await e2e.checkAccessibility();
  });

  it('shows the administrator the counts, read from the API', async () => {
    await e2e.signIn();
    const { status, body } = await e2e.apiGet('/overview');
    expect(status).toBe(200);
    const overview = OverviewSchema.parse(body);
    await e2e.visit('/');
    const { page } = e2e;
    const counts = page.getByRole('list', { name: 'Aantallen' });
    await counts.waitFor();
    const items = await counts.getByRole('listitem').allInnerTexts();
    const dutch = new Intl.NumberFormat('nl-NL');
    const expected = [overview.organisations, overview.regions, overview.buildingTeams, overview.learningGroups];
    expect(items.map((text) => text.split(/\s+/)[0])).toEqual(expected.map((count) => dutch.format(count)));
    await page.getByRole('link', { name: 'Lidmaatschappen en rollen' }).waitFor();
    await e2e.checkAccessibility();
  });

  it('switches to English, and remembers it after a reload', async () => {
    await e2e.signIn('partner@leerkring.test');
    await e2e.visit('/');
    const { page } = e2e;
    await page.getByRole('list', { name: 'Je volgende sessies' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'For you' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('list', { name: 'Your next sessions' }).waitFor();
    await e2e.checkAccessibility();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'For you' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Home – Leerkring');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voor jou' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('tells readably what went wrong when the API answers a problem', async () => {
    const { page } = e2e;
    await e2e.signIn('partner@leerkring.test');
    await page.route('**/api/v1/me/work', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Dienst tijdelijk niet beschikbaar',
          status: 503,
          detail: 'De database is even niet bereikbaar. Probeer het over een minuut opnieuw.',
        }),
      }),
    );
    await e2e.visit('/');
    const alert = page.getByRole('alert').filter({ hasText: 'Dienst tijdelijk niet beschikbaar' });
    await alert.waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Dienst tijdelijk niet beschikbaar' }).waitFor();
    await expect
      .poll(() => alert.innerText())
      .toContain('De database is even niet bereikbaar. Probeer het over een minuut opnieuw.');
    await expect.poll(() => page.getByRole('button', { name: 'Opnieuw proberen' }).isVisible()).toBe(true);
    // The rest of the page still works.
    await page.getByRole('heading', { level: 2, name: 'Waar je aan meedoet' }).waitFor();
    await e2e.checkAccessibility();
  });

  it('sends a visitor who is not signed in from / to the sign-in page, the API having refused them', async () => {
    const { status, body } = await e2e.apiGet('/me/work');
    expect(status).toBe(401);
    ProblemSchema.parse(body);
    await e2e.visit('/');
    await e2e.page.getByRole('heading', { level: 1, name: 'Aanmelden bij Leerkring' }).waitFor();
    expect(new URL(e2e.page.url()).pathname).toBe('/aanmelden');
    await e2e.checkAccessibility();
  });

  it('shows a not-found page for an unknown address', async () => {
    await e2e.visit('/deze-pagina-bestaat-niet');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await expect.poll(() => page.title()).toBe('Pagina niet gevonden – Leerkring');
    await expect.poll(() => page.getByRole('main').innerText()).toContain('/deze-pagina-bestaat-niet');
    await e2e.checkAccessibility();
    await page.getByRole('link', { name: 'Naar de startpagina', exact: true }).click();
    // Not signed in: the start page sends them to sign in first.
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij Leerkring' }).waitFor();
  });

  it('lists the bouwteams on their own page', async () => {
    await e2e.signIn();
    await e2e.visit('/bouwteams');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Bouwteams' }).waitFor();
    await expect.poll(() => page.title()).toBe('Bouwteams – Leerkring');
    await page.locator('.lk-card').first().waitFor();
    await e2e.checkAccessibility();
  });
});
