import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const e2e = useE2E();

describe('administration', () => {
  it('lets the admin register an organisation, with the reasons of a refusal at the fields, and find it in the list', async () => {
    await e2e.signIn();
    await e2e.visit('/beheer');
    const { page } = e2e;
    await e2e.checkAccessibility();
    await page.getByRole('link', { name: 'Organisaties' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    await page.getByRole('table').waitFor();
    await e2e.checkAccessibility();

    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' }).waitFor();
    const name = `Buurtteam e2e ${Date.now()}`;
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('Soort organisatie').selectOption('welzijnsorganisatie');
    await page.getByLabel('KvK-nummer').fill('123');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const kvk = page.getByLabel('KvK-nummer');
    await page.waitForFunction(
      () => document.getElementById('organisation-kvk')?.getAttribute('aria-invalid') === 'true',
    );
    const describedBy = (await kvk.getAttribute('aria-describedby')) ?? '';
    await expect.poll(() => page.locator(`#${describedBy.split(' ')[0]}`).innerText()).toMatch(/8 cijfers/);
    await e2e.checkAccessibility();

    await kvk.fill('09123456');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    await page.getByRole('table').getByRole('link', { name }).waitFor();
    await e2e.checkAccessibility();
  });

  it('lists the access log newest first, and its CSV export downloads with the session', async () => {
    await e2e.signIn();
    await e2e.apiGet('/people'); // something to log
    await e2e.visit('/beheer/toegangslog');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    const times = await page
      .getByRole('table')
      .locator('tbody time')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);
    await e2e.checkAccessibility();

    await page.getByLabel('Handeling').selectOption('read');
    await page.getByRole('button', { name: 'Filteren' }).click();
    const link = page.getByRole('link', { name: 'Exporteer CSV' });
    await page.waitForFunction(() =>
      document.querySelector('a[download]')?.getAttribute('href')?.includes('event=read'),
    );
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/access-log\/export\?event=read$/);
    const csv = await page.request.get(`${e2e.baseUrl}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect((await csv.text()).split('\n')[0]).toContain('occurredAt');
  });

  it('sends a one-time reset link instead of setting a password; without a mail server the link is shown once, and the person sets a new password with it', async () => {
    await e2e.signIn();
    const { page } = e2e;
    await e2e.visit('/beheer/personen?zoek=partner2');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Wachtwoord herstellen' }).waitFor();
    expect(await page.locator('input[type=password]').count()).toBe(0);
    await page.getByRole('button', { name: 'Stuur herstellink' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'geen mailserver' });
    await shown.waitFor();
    const link = await page.getByLabel('Herstellink').innerText();
    expect(link).toMatch(/\/wachtwoord-herstellen\?token=[\w-]+$/);
    await e2e.checkAccessibility();

    await page.context().clearCookies();
    const url = new URL(link);
    await e2e.visit(`${url.pathname}${url.search}`);
    await page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
    await e2e.checkAccessibility();
    await page.locator('#reset-password-new').fill('kort');
    await page.locator('#reset-password-repeat').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForFunction(
      () => document.getElementById('reset-password-new')?.getAttribute('aria-invalid') === 'true',
    );
    const chosen = 'een-fiets-langs-de-oude-ijssel';
    await page.locator('#reset-password-new').fill(chosen);
    await page.locator('#reset-password-repeat').fill(chosen);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je nieuwe wachtwoord is opgeslagen').waitFor();
    await e2e.checkAccessibility();
    const login = await page.request.post(`${e2e.baseUrl}/api/v1/auth/login`, {
      data: { email: 'partner2@leerkring.test', password: chosen },
    });
    expect(login.status()).toBe(200);
  }, 180_000);

  it('shows a grant of a role that reads case narratives as pending, and refuses the administrator who asked for it the approval', async () => {
    const { page } = e2e;
    const signedIn = await page.request.post(`${e2e.baseUrl}/api/v1/auth/login`, {
      data: { email: 'beheerder@leerkring.test', password: 'leerkring-demo' },
    });
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const people = (await e2e.apiGet('/people?search=ervaringsdeskundige')).body as {
      items: { id: string; name: string }[];
    };
    const teams = (await e2e.apiGet('/building-teams?pageSize=100')).body as { items: { id: string; name: string }[] };
    const maastricht = teams.items.find((team) => team.name.includes('Maastricht'))!;
    const granted = await page.request.post(`${e2e.baseUrl}/api/v1/memberships`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { personId: people.items[0]!.id, contextType: 'building-team', contextId: maastricht.id, role: 'partner' },
    });
    expect(granted.status()).toBe(201);

    await e2e.visit('/beheer/lidmaatschappen');
    await page.getByRole('heading', { level: 2, name: 'Wacht op goedkeuring (vier ogen)' }).waitFor();
    const approve = page.getByRole('button', {
      name: new RegExp(`^Goedkeuren de rol Bouwteampartner van ${people.items[0]!.name} in .*Maastricht`),
    });
    await approve.waitFor();
    await e2e.checkAccessibility();
    await approve.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Deze toekenning vroeg je zelf aan').waitFor();
    await page.getByLabel('Status').selectOption('pending');
    await page.getByRole('table').last().getByText('wacht op goedkeuring').first().waitFor();
    await e2e.checkAccessibility();
  }, 180_000);

  for (const path of [
    '/beheer/regios',
    '/beheer/personen',
    '/beheer/lidmaatschappen',
    '/beheer/regios/nieuw',
    '/beheer/personen/nieuw',
  ]) {
    it(`shows ${path} to the admin without accessibility violations`, async () => {
      await e2e.signIn();
      await e2e.visit(path);
      await e2e.page.waitForLoadState('networkidle');
      await e2e.checkAccessibility();
    });
  }
});
