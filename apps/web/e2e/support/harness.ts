import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { startApi, type RunningApi } from './api-server';
import { connectChromium, expectNoAxeViolations } from './chromium';
import { demoAdministrator } from './demo-account';

export interface E2E {
  readonly baseUrl: string;
  readonly page: Page;
  /** Opens a path and waits for the app to have rendered its main content. */
  visit: (path: string) => Promise<void>;
  /** Runs axe on the current page. */
  checkAccessibility: () => Promise<void>;
  /** Signs in as the demo administrator; the session cookie then goes with every page and `apiGet` of this test. */
  signIn: (email?: string) => Promise<void>;
  /** A GET on the API with this test's cookies, answering the parsed JSON body. */
  apiGet: (path: string) => Promise<{ status: number; body: unknown }>;
  /** Another person in a browser context of their own, signed in, on a page of the app; closed after the test. */
  personOn: (email: string, path: string) => Promise<Page>;
}

/**
 * One API per `useE2E` (on its own copy of the seeded database), a fresh browser context (no stored language) per test,
 * in the run's one Chromium.
 */
export function useE2E(options: { viewport?: { width: number; height: number } } = {}): E2E {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const others: BrowserContext[] = [];

  beforeAll(async () => {
    // Side by side; both settle before a failure is thrown, so afterAll stops whatever did start.
    const [started, connected] = await Promise.allSettled([
      startApi({ template: inject('e2eDatabaseTemplate') }),
      connectChromium(inject('e2eChromiumEndpoint')),
    ]);
    if (started.status === 'fulfilled') api = started.value;
    if (connected.status === 'fulfilled') browser = connected.value;
    for (const result of [started, connected]) if (result.status === 'rejected') throw result.reason;
  });

  afterAll(async () => {
    await browser?.close(); // disconnects, closing this file's contexts; the run's Chromium stays
    await api?.stop();
  });

  beforeEach(async () => {
    context = await browser!.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'nl-NL',
    });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
    await Promise.all(others.splice(0).map((other) => other.close()));
  });

  return {
    get baseUrl() {
      return api!.baseUrl;
    },
    get page() {
      return page!;
    },
    async visit(path) {
      await page!.goto(`${api!.baseUrl}${path}`);
      await page!.locator('main#main h1').first().waitFor();
    },
    async checkAccessibility() {
      await expectNoAxeViolations(page!);
    },
    async signIn(email = demoAdministrator.email) {
      const response = await context!.request.post(`${api!.baseUrl}/api/v1/auth/login`, {
        data: { email, password: demoAdministrator.password },
      });
      if (!response.ok())
        throw new Error(`Signing in as ${email} failed: ${response.status()} ${await response.text()}`);
    },
    async apiGet(path) {
      const response = await context!.request.get(`${api!.baseUrl}/api/v1${path}`);
      return { status: response.status(), body: (await response.json()) as unknown };
    },
    async personOn(email, path) {
      const other = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      others.push(other);
      const response = await other.request.post(`${api!.baseUrl}/api/v1/auth/login`, {
        data: { email, password: demoAdministrator.password },
      });
      if (!response.ok()) throw new Error(`Signing in as ${email} failed: ${response.status()}`);
      const otherPage = await other.newPage();
      otherPage.setDefaultTimeout(15_000);
      await otherPage.goto(`${api!.baseUrl}${path}`);
      await otherPage.locator('main#main h1').first().waitFor();
      return otherPage;
    },
  };
}
