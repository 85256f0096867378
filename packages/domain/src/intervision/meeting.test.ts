import { describe, expect, it } from 'vitest';
import { sessionName, writingProgress } from './meeting.js';

const method = { nl: 'Incidentmethode', en: 'Incident method' };

describe('sessionName', () => {
  it.each([
    ['nl', '2026-03-12', 'Incidentmethode, 12 maart 2026'],
    ['en', '2026-03-12', 'Incident method, 12 March 2026'],
    ['nl', '2026-12-31', 'Incidentmethode, 31 december 2026'],
  ] as const)('names a session in %s on %s by method and date', (language, plannedDate, name) => {
    expect(sessionName({ method, plannedDate, language })).toBe(name);
  });
});

describe('writingProgress', () => {
  const roles = [
    { roles: ['facilitator'] as const },
    { roles: ['inbrenger'] as const },
    { roles: ['participant'] as const },
    { roles: ['participant', 'note-taker'] as const },
    { roles: [] as const },
  ];
  it.each([
    ['private-then-reveal', 2, { written: 2, expected: 4 }],
    ['inbrenger-listens', 1, { written: 1, expected: 3 }],
    ['open', 0, { written: 0, expected: 4 }],
    ['private-then-reveal', 9, { written: 4, expected: 4 }],
  ] as const)('in a %s phase with %i writers', (inputMode, writerCount, expected) => {
    expect(writingProgress({ inputMode, roles, writerCount })).toEqual(expected);
  });
});
