import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E, type E2E } from './support/harness';

const groupName = 'Financieren vanuit de bedoeling';
const teamName = 'Bouwteam Jeugd en Wmo Oude IJsselstreek';
const sharedLesson = /^De Wmo vraagt uren te indiceren/;
const toShare = /^Begin een half jaar voor het 18e jaar/;

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** From the start page through the navigation to the group's page. */
async function openGroup(e2e: E2E, nav = 'Leergroepen') {
  const { page } = e2e;
  await e2e.visit('/');
  await page.waitForLoadState('networkidle');
  await e2e.checkAccessibility();
  await page.getByRole('navigation').getByRole('link', { name: nav }).first().click();
  await page.getByRole('heading', { level: 1, name: nav }).waitFor();
  await page.getByRole('main').getByRole('link', { name: groupName }).first().click();
  await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
}

describe("a learning group's meetings and lessons", () => {
  const e2e = useE2E();

  it('the coordinator sees the past meeting and the lessons, and plans a meeting', async () => {
    await e2e.signIn('coordinator@leerkring.test');
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    await openGroup(e2e);
    const meetings = page.getByRole('region', { name: 'Bijeenkomsten' });
    await expect.poll(() => meetings.innerText()).toMatch(/afgelopen/);
    const lessons = page.getByRole('region', { name: 'Lessen van de leergroep' });
    await expect.poll(() => lessons.innerText()).toContain(`gedeeld uit ${teamName}`);
    await expect.poll(() => lessons.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();

    await meetings.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    const form = page.getByRole('form', { name: 'Bijeenkomst plannen' });
    await form.getByLabel(/^Methode/).selectOption({ index: 1 });
    await form.getByLabel(/^Datum/).fill('2099-03-01');
    for (const role of [/^facilitator/i, /^inbrenger/i, /^notulist/i])
      await form.getByLabel(role).selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Sessie plannen' }).click();
    await page.waitForURL(/\/sessies\/[0-9a-f-]+$/);
    await page.getByRole('link', { name: /Terug naar de leergroep/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  });

  it('partner@ shares a bouwteam lesson into the group from the lesson page and sees it there', async () => {
    await e2e.signIn('partner@leerkring.test');
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    const teams = (await e2e.apiGet('/building-teams?page=1&pageSize=50')).body as {
      items: { id: string; name: string }[];
    };
    const team = teams.items.find((item) => item.name === teamName)!;
    const lessons = (await e2e.apiGet(`/lessons?buildingTeamId=${team.id}&page=1&pageSize=100`)).body as {
      items: { id: string; text: string }[];
    };
    const lesson = lessons.items.find((item) => toShare.test(item.text))!;
    await e2e.visit(`/bouwteams/${team.id}/lessen/${lesson.id}`);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
    const share = page.getByRole('region', { name: 'Delen met leergroep' });
    await share.getByRole('button', { name: 'Delen met leergroep' }).click();
    await share.getByRole('button', { name: 'Ja, delen' }).click();
    await share.getByRole('status').getByRole('link', { name: groupName }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    const groupLessons = page.getByRole('region', { name: 'Lessen van de leergroep' });
    await groupLessons.getByText(toShare).waitFor();
    await groupLessons.getByText(sharedLesson).waitFor();
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  });
});

describe("a learning group's page at 320 px wide, in English", () => {
  const e2e = useE2E({ viewport: { width: 320, height: 640 } });

  it('shows the meetings and lessons without scrolling sideways', async () => {
    await e2e.signIn('coordinator@leerkring.test');
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    await e2e.visit('/');
    await page.getByRole('button', { name: 'English' }).click();
    const groups = (await e2e.apiGet('/learning-groups?page=1&pageSize=10')).body as { items: { id: string }[] };
    await e2e.visit(`/leergroepen/${groups.items[0]!.id}`);
    await page.getByRole('heading', { level: 2, name: 'Meetings' }).waitFor();
    await page.getByText(`shared from ${teamName}`).waitFor();
    await page.getByRole('button', { name: 'Plan a meeting' }).click();
    await page.getByRole('form', { name: 'Plan a meeting' }).waitFor();
    await expect.poll(() => sideways(page)).toBeLessThanOrEqual(0);
    await page.waitForLoadState('networkidle');
    await e2e.checkAccessibility();
  });
});
