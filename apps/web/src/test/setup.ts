import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { changeLanguage } from '../lib/i18n';

// findBy*/waitFor wait for what a user would see; on a loaded 2-core machine a render can take longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await changeLanguage('nl');
  localStorage.clear();
});
