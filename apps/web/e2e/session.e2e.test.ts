import { describe, expect, it } from 'vitest';
import { demoAdministrator } from './support/demo-account';
import { useE2E } from './support/harness';

const e2e = useE2E();

async function signInThroughForm(email: string, password = demoAdministrator.password) {
  const { page } = e2e;
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: /^(Aanmelden|Sign in)$/ }).click();
}

describe('signing in and out', () => {
  it('signs in in Dutch, returns to where the person was going, and signs out', async () => {
    await e2e.visit('/bouwteams');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij Leerkring' }).waitFor();
    expect(new URL(page.url()).search).toBe('?terug=%2Fbouwteams');
    await e2e.checkAccessibility();
    await signInThroughForm(demoAdministrator.email);
    await page.getByRole('heading', { level: 1, name: 'Bouwteams' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/bouwteams');
    await page.getByText(/^Aangemeld als /).waitFor();

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij Leerkring' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    const me = await e2e.apiGet('/me');
    expect(me.status).toBe(401);
  });

  it('signs in in English', async () => {
    await e2e.visit('/aanmelden');
    const { page } = e2e;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Leerkring' }).waitFor();
    await e2e.checkAccessibility();
    await signInThroughForm('facilitator@leerkring.test');
    await page.getByRole('heading', { level: 1, name: 'For you' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('tells a wrong password in the words of the API, and links the missing fields to their message', async () => {
    await e2e.visit('/aanmelden');
    const { page } = e2e;
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const email = page.getByRole('textbox', { name: 'E-mailadres', exact: true });
    await expect
      .poll(() =>
        page.locator('#sign-in-email').evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent),
      )
      .toBe('E-mailadres');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await email.getAttribute('aria-describedby');
    await expect.poll(() => page.locator(`#${describedBy}`).innerText()).toBe('Vul je e-mailadres in.');

    await signInThroughForm('partner@leerkring.test', 'niet-het-wachtwoord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    const answer = await page.request.post(`${e2e.baseUrl}/api/v1/auth/login`, {
      data: { email: 'nobody@leerkring.test', password: 'x' },
    });
    const problem = (await answer.json()) as { title: string; detail: string };
    expect(text).toContain(problem.title);
    expect(text).toContain(problem.detail);
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    await e2e.checkAccessibility();
  });

  it('shows a partner "Geen toegang" on an admin page, and no Beheer in the menu', async () => {
    await e2e.signIn('partner@leerkring.test');
    await e2e.visit('/beheer/personen');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).innerText()).not.toContain('Beheer');
    await e2e.checkAccessibility();
  });
});

describe('profile', () => {
  it('shows the person and their roles, creates a token shown once, and revokes it', async () => {
    await e2e.signIn('partner@leerkring.test');
    await e2e.visit('/profiel');
    const { page } = e2e;
    await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mijn rollen' }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Bouwteampartner');
    await page.getByRole('heading', { level: 2, name: 'Wie bekeek mijn gegevens' }).waitFor();
    await e2e.checkAccessibility();

    await page.getByLabel('Naam van het token').fill('Koppeling e2e');
    await page.getByRole('button', { name: 'Token aanmaken' }).click();
    const token = page.getByLabel('Je nieuwe token');
    await token.waitFor();
    const value = await token.inputValue();
    expect(value.length).toBeGreaterThan(20);
    await expect.poll(() => token.getAttribute('readonly')).not.toBeNull();
    const row = page.getByRole('row').filter({ hasText: 'Koppeling e2e' });
    await row.waitFor();
    await e2e.checkAccessibility();

    // The token works as a bearer token, then is shown no more.
    const withToken = await page.request.get(`${e2e.baseUrl}/api/v1/me`, {
      headers: { Authorization: `Bearer ${value}` },
    });
    expect(withToken.status()).toBe(200);
    await page.getByRole('button', { name: 'Ik heb het token bewaard' }).click();
    await expect.poll(() => page.getByLabel('Je nieuwe token').count()).toBe(0);
    await expect.poll(() => page.getByRole('main').innerText()).not.toContain(value);

    await row.getByRole('button', { name: 'Intrekken' }).click();
    await row.getByRole('button', { name: 'Ja, intrekken' }).click();
    await row.getByText(/Ingetrokken op/).waitFor();
    const afterRevoke = await page.request.get(`${e2e.baseUrl}/api/v1/me`, {
      headers: { Authorization: `Bearer ${value}` },
    });
    expect(afterRevoke.status()).toBe(401);
  });
});
