import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails loudly when there is no Chromium: the browser tests must run, not be skipped. */
export function assertChromium(): void {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to its executable.`,
    );
  }
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * One Chromium for the whole run (started in global-setup.ts): each test file connects to it and opens its own browser
 * contexts, so the files share no cookies or storage, but the browser starts once instead of once per `useE2E`.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  assertChromium();
  return chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, host: '127.0.0.1' });
}

export async function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

// The axe-core that @axe-core/playwright runs (its own dependency), so both stay the same version.
const require = createRequire(import.meta.url);
const axeSource = (createRequire(require.resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

interface AxeInPage {
  run: (
    context: Document,
    options: { resultTypes: string[] },
  ) => Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
  }>;
}

/**
 * Runs axe (every rule, the whole document and its frames) on the page as it is now and expects no violations, listing
 * them readably when there are. Unlike AxeBuilder, which parses axe's 600 kB source twice and opens a blank page on every
 * run, axe is put into a document once and stays there while the app navigates inside it; `resultTypes` asks for the
 * details of violations only (passes are still checked, just not listed), which makes a run cheaper with the same verdict.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: AxeInPage };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
