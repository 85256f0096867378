import { describe, expect, it } from 'vitest';
import { useE2E } from './support/harness';

describe('keyboard', () => {
  const e2e = useE2E();

  async function focused() {
    return e2e.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return { tag: '', id: '', text: '', outline: '' };
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
      };
    });
  }

  it('reaches the skip link first, and Enter moves focus to the main content', async () => {
    await e2e.visit('/');
    const { page } = e2e;
    await page.keyboard.press('Tab');
    const skipLink = await focused();
    expect(skipLink).toMatchObject({ tag: 'a', text: 'Direct naar de inhoud', visible: true });
    expect(skipLink.outline).not.toMatch(/^none/);
    await e2e.checkAccessibility();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused()).toMatchObject({ tag: 'main', id: 'main' });
  });

  it('reaches the navigation and the language switch by Tab, with a visible focus ring, and follows a link by Enter', async () => {
    await e2e.signIn();
    await e2e.visit('/');
    const { page } = e2e;
    const seen: { text: string; outline: string }[] = [];
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    const names = seen.map((item) => item.text);
    for (const name of [
      'Direct naar de inhoud',
      'Leerkring, naar de startpagina',
      'Nederlands',
      'English',
      'Start',
      'Bouwteams',
    ]) {
      expect(names).toContain(name);
    }
    for (const item of seen.slice(1, 6)) expect(item.outline, item.text).not.toMatch(/^none/);

    // Back to the Bouwteams link, then follow it.
    await page.getByRole('link', { name: 'Bouwteams', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Bouwteams' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/bouwteams');
    await expect.poll(() => focused()).toMatchObject({ tag: 'main' });
    await expect
      .poll(() => page.getByRole('link', { name: 'Bouwteams', exact: true }).getAttribute('aria-current'))
      .toBe('page');
    await e2e.checkAccessibility();
  });
});

describe('at 320 px wide', () => {
  const e2e = useE2E({ viewport: { width: 320, height: 640 } });

  for (const path of [
    '/',
    '/bouwteams',
    '/bestaat-niet',
    '/aanmelden',
    '/profiel',
    '/beheer/organisaties',
    '/beheer/personen/nieuw',
    '/beheer/toegangslog',
  ]) {
    it(`shows ${path} without horizontal scrolling`, async () => {
      await e2e.signIn();
      await e2e.visit(path);
      const { page } = e2e;
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await e2e.checkAccessibility();
    });
  }
});
