import type { Language } from '@leerkring/domain';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: Language): string {
  return locales[language];
}

export function formatNumber({ value, language }: { value: number; language: Language }): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** A calendar date (`2026-01-15`) in words; formatted in UTC so the day never shifts with the time zone. */
export function formatDate({ date, language }: { date: string; language: Language }): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date));
}

/** A moment (ISO 8601 with offset) as date and time in the reader's time zone. */
export function formatDateTime({ timestamp, language }: { timestamp: string; language: Language }): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(timestamp),
  );
}

/** An amount in euro cents as euros, in the language's notation (`€ 12.500,00` in Dutch). */
export function formatEuroCents({ cents, language }: { cents: number; language: Language }): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
