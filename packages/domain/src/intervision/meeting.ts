import type { Label, Language } from '../vocabulary/label.js';
import type { InputMode, SessionRole } from './schema.js';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A session's name when it has no title of its own: its method and date ("Incidentmethode, 12 maart 2026"), so a list
 * of sessions reads as meetings, not as identifiers.
 */
export function sessionName({
  method,
  plannedDate,
  language,
}: {
  method: Label;
  plannedDate: string;
  language: Language;
}): string {
  const date = new Date(`${plannedDate}T12:00:00Z`);
  const formatted = Number.isNaN(date.getTime())
    ? plannedDate
    : new Intl.DateTimeFormat(locales[language], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
  return `${method[language]}, ${formatted}`;
}

/**
 * How many of the people who may write in a phase have written ("3 van 5 hebben geschreven"): everyone with a role in
 * the session may, but the inbrenger listens in an `inbrenger-listens` phase. Counts people, never contents.
 */
export function writingProgress({
  inputMode,
  roles,
  writerCount,
}: {
  inputMode: InputMode;
  roles: readonly { roles: readonly SessionRole[] }[];
  /** The number of different people who posted an input in the phase. */
  writerCount: number;
}): { written: number; expected: number } {
  const expected = roles
    .filter((entry) => entry.roles.length > 0)
    .filter((entry) => !(inputMode === 'inbrenger-listens' && entry.roles.includes('inbrenger'))).length;
  return { written: Math.min(writerCount, expected), expected };
}
