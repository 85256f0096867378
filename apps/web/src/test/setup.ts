import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { changeLanguage } from '../lib/i18n';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await changeLanguage('nl');
  localStorage.clear();
});
