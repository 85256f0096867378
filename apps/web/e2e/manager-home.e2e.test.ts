import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';
/** Free texts of the demo cases of the bouwteam: a manager never sees them. */
const demoCaseTitles = [
  'Jongere tussen jeugdhulp en Wmo bij het 18e jaar',
  'Mantelzorger raakt overbelast',
  'Schulden en een dreigende huisuitzetting',
];

describe('story 6: the manager reads the guideline in force with its reasons, and no case content', () => {
  const e2e = useE2E();

  it('reaches "we do not record diagnoses" from the start page, with the lessons and cases behind it', async () => {
    await e2e.signIn('manager@leerkring.test');
    const { page } = e2e;
    await e2e.visit('/');
    await page.getByRole('heading', { level: 2, name: 'Als manager' }).waitFor();
    await e2e.checkAccessibility();
    await page.getByRole('link', { name: `${teamName}: richtlijn, afspraken en systeemhobbels` }).click();
    await page.getByRole('heading', { level: 1, name: `${teamName} voor managers` }).waitFor();
    const table = page.getByRole('table', { name: /Registratierichtlijn, versie 2/ });
    await table.waitFor();
    const diagnosis = table.getByRole('row', { name: /^Diagnose/ });
    await expect.poll(() => diagnosis.innerText()).toMatch(/registreren we niet/);
    await expect.poll(() => diagnosis.innerText()).toMatch(/We registreren geen diagnoses/);
    await expect.poll(() => diagnosis.innerText()).toMatch(/op basis van 3 casussen en 1 sessie/);
    await expect.poll(() => diagnosis.getByRole('link').count()).toBe(3);
    await page.getByRole('heading', { level: 2, name: 'Systeemhobbels die het vaakst voorkomen' }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    // The lesson behind the clause opens from it.
    await diagnosis.getByRole('link', { name: /^Zodra een diagnose in de casus stond/ }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByText('We leren van de situatie, niet van de diagnose', { exact: false }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  }, 120_000);

  it('opens a case and sees only its coded fields; at 320 px and in English', async () => {
    await e2e.signIn('manager@leerkring.test');
    const { page } = e2e;
    await page.setViewportSize({ width: 320, height: 800 });
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find((item) => item.name === teamName)!;
    await e2e.visit(`/bouwteams/${team.id}/casussen`);
    await page.getByRole('button', { name: 'English' }).click();
    const firstCase = page.getByRole('table').getByRole('link').first();
    await firstCase.waitFor();
    await expect.poll(() => firstCase.innerText()).toMatch(/^Case of \d{4}-\d{2}-\d{2}$/);
    for (const title of demoCaseTitles) await expect.poll(() => page.getByText(title).count()).toBe(0);
    await e2e.checkAccessibility();

    await firstCase.click();
    await page.getByRole('heading', { level: 1, name: /^Case of \d{4}-\d{2}-\d{2}$/ }).waitFor();
    await page.getByText('As a manager you see only the coded fields of a case', { exact: false }).waitFor();
    await expect.poll(() => page.getByText('Not shown: free text').count()).toBeGreaterThan(3);
    for (const title of demoCaseTitles) await expect.poll(() => page.getByText(title).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    await e2e.visit(`/bouwteams/${team.id}/manager`);
    await page.getByRole('heading', { level: 1, name: `${teamName} for managers` }).waitFor();
    const diagnosis = page
      .getByRole('table', { name: /Registration guideline, version 2/ })
      .getByRole('row', { name: /^Diagnosis/ });
    await expect.poll(() => diagnosis.innerText()).toMatch(/based on 3 cases and 1 session/);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  }, 120_000);
});
