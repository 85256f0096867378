import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import nl from '../locales/nl.json';
import { changeLanguage, currentLanguage, i18n } from './i18n';
import { formatDate, formatNumber } from './formatting';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('i18n', () => {
  it('speaks Dutch by default', () => {
    expect(currentLanguage()).toBe('nl');
    expect(i18n.t('nav.buildingTeams')).toBe('Bouwteams');
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    await changeLanguage('en');
    expect(i18n.t('nav.buildingTeams')).toBe('Building teams');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('leerkring.language')).toBe('en');
  });

  it('has every message in both languages', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('counts in the plural of the language', async () => {
    expect(i18n.t('start.regions', { count: 1 })).toBe('regio');
    expect(i18n.t('start.regions', { count: 3 })).toBe("regio's");
    await changeLanguage('en');
    expect(i18n.t('start.regions', { count: 3 })).toBe('regions');
  });
});

describe('formatting', () => {
  it('formats numbers and dates for nl-NL and en-GB', () => {
    expect(formatNumber({ value: 12345, language: 'nl' })).toBe('12.345');
    expect(formatNumber({ value: 12345, language: 'en' })).toBe('12,345');
    expect(formatDate({ date: '2026-01-15', language: 'nl' })).toBe('15 januari 2026');
    expect(formatDate({ date: '2026-01-15', language: 'en' })).toBe('15 January 2026');
  });
});
