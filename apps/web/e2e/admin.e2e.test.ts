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
    await page.waitForFunction(() => document.getElementById('organisation-kvk')?.getAttribute('aria-invalid') === 'true');
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
    const times = await page.getByRole('table').locator('tbody time').evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort().reverse()).toEqual(times);
    await e2e.checkAccessibility();

    await page.getByLabel('Handeling').selectOption('read');
    await page.getByRole('button', { name: 'Filteren' }).click();
    const link = page.getByRole('link', { name: 'Exporteer CSV' });
    await page.waitForFunction(() => document.querySelector('a[download]')?.getAttribute('href')?.includes('event=read'));
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/access-log\/export\?event=read$/);
    const csv = await page.request.get(`${e2e.baseUrl}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect((await csv.text()).split('\n')[0]).toContain('occurredAt');
  });

  for (const path of ['/beheer/regios', '/beheer/personen', '/beheer/lidmaatschappen', '/beheer/regios/nieuw', '/beheer/personen/nieuw']) {
    it(`shows ${path} to the admin without accessibility violations`, async () => {
      await e2e.signIn();
      await e2e.visit(path);
      await e2e.page.waitForLoadState('networkidle');
      await e2e.checkAccessibility();
    });
  }
});
