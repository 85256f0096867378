import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

describe('story 2, the manager: where presenting questions rest', () => {
  const e2e = useE2E();

  it('shows the manager, across 200 cases, presenting against underlying dimensions with small cells hidden', async () => {
    await e2e.signIn('manager@leerkring.test');
    const { body } = await e2e.apiGet('/building-teams?pageSize=100');
    const team = (body as { items: { id: string; name: string }[] }).items.find(
      (item) => item.name === 'Bouwteam Jeugd en Wmo Oude IJsselstreek',
    )!;
    const { page } = e2e;
    await e2e.visit(`/bouwteams/${team.id}`);
    await page.getByRole('link', { name: 'Inzicht: waar de vraag echt ligt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waar de vraag echt ligt' }).waitFor();
    const table = page.getByRole('table', { name: /Aantal casussen per aanmelddimensie/ });
    await table.waitFor();
    await expect.poll(() => page.getByText(/^2\d\d casussen/).count()).toBe(1);
    const row = table.getByRole('row', { name: /^Dagelijks functioneren/ });
    await expect.poll(() => row.innerText()).toMatch(/46/);
    await expect.poll(() => table.getByText('< 5').count()).toBeGreaterThan(0);
    await e2e.checkAccessibility();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Where the question really lies' }).waitFor();
    await e2e.checkAccessibility();
  });
});
