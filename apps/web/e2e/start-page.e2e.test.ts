import { OverviewSchema, ProblemSchema } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const e2e = useE2E();

async function demoOverview() {
  const { status, body } = await e2e.apiGet('/overview');
  expect(status).toBe(200);
  return OverviewSchema.parse(body);
}

describe('start page', () => {
  it('shows the demo counts in Dutch, read from the API', async () => {
    await e2e.signIn();
    const overview = await demoOverview();
    await e2e.visit('/');
    const { page } = e2e;
    await expect.poll(() => page.title()).toBe('Start – Leerkring');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Leerkring' }).waitFor();

    const counts = page.getByRole('list', { name: 'Aantallen' });
    await counts.waitFor();
    await expect.poll(() => counts.getByRole('listitem').count()).toBe(4);
    const items = await counts.getByRole('listitem').allInnerTexts();
    const dutch = new Intl.NumberFormat('nl-NL');
    const expected = [overview.organisations, overview.regions, overview.buildingTeams, overview.learningGroups];
    expect(items.map((text) => text.split(/\s+/)[0])).toEqual(expected.map((count) => dutch.format(count)));
    expect(items.join(' ')).toMatch(/organisatie/);
    expect(items.join(' ')).toMatch(/bouwteam/);

    await page.getByRole('heading', { level: 2, name: 'Bouwteams' }).waitFor();
    if (overview.buildingTeams > 0) await page.locator('.lk-card').first().waitFor();
    await e2e.checkAccessibility();
    await page.screenshot({ path: '/tmp/leerkring-start.png', fullPage: true });
  });

  it('switches to English, and remembers it after a reload', async () => {
    await e2e.signIn();
    await e2e.visit('/');
    const { page } = e2e;
    await page.getByRole('list', { name: 'Aantallen' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Leerkring' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('list', { name: 'Counts' }).waitFor();
    await e2e.checkAccessibility();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Leerkring' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Home – Leerkring');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Leerkring' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('tells readably what went wrong when the API answers a problem', async () => {
    const { page } = e2e;
    await e2e.signIn();
    await page.route('**/api/v1/overview', (route) =>
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
    await page.getByRole('heading', { level: 2, name: 'Bouwteams' }).waitFor();
    await e2e.checkAccessibility();
  });

  it('sends a visitor who is not signed in from / to the sign-in page, the API having refused them', async () => {
    const { status, body } = await e2e.apiGet('/overview');
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
