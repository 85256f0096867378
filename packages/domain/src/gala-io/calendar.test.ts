import { describe, expect, it } from 'vitest';
import { calendarIcs, escapeCalendarText, foldCalendarLine, galaCalendar } from '../index.js';

const octets = (line: string) => new TextEncoder().encode(line).length;
/** Unfolds and splits an .ics text into its content lines, as a calendar reader does (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('iCalendar text', () => {
  it.each([
    ['a, b; c\\d', 'a\\, b\\; c\\\\d'],
    ['twee\nregels\r\nen\rdrie', 'twee\\nregels\\nen\\ndrie'],
    ['gewoon', 'gewoon'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeCalendarText(text)).toBe(expected);
  });

  it('folds at 75 octets, continuation lines starting with a space, never inside a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldCalendarLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldCalendarLine('KORT')).toBe('KORT');
    expect(foldCalendarLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldCalendarLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('writes all-day events with CRLF lines, DTSTART;VALUE=DATE and the next day as DTEND', () => {
    const ics = calendarIcs({
      name: 'Test',
      events: [{ uid: 'a@x', date: '2025-12-31', summary: 'Oud, nieuw; klaar', description: 'regel 1\nregel 2' }],
      now: new Date('2025-06-01T08:30:00.123Z'),
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'UID:a@x',
        'DTSTAMP:20250601T083000Z',
        'DTSTART;VALUE=DATE:20251231',
        'DTEND;VALUE=DATE:20260101',
        'SUMMARY:Oud\\, nieuw\\; klaar',
        'DESCRIPTION:regel 1\\nregel 2',
        'END:VCALENDAR',
      ]),
    );
  });
});

describe('the GALA calendar of a region', () => {
  const region = { id: 'r', name: 'Achterhoek' };
  const milestone = (id: string, dueDate: string) => ({
    id,
    code: null,
    title: 'Midterm review, met partners',
    dueDate,
    status: 'started' as const,
    startedOn: '2025-01-01',
    doneOn: null,
  });
  const make = () =>
    galaCalendar({
      region,
      plans: [
        { municipality: { id: 'm', name: 'Gemeente Aalten' }, milestones: [milestone('m2', '2025-06-30')] },
        { municipality: null, milestones: [milestone('m1', '2025-04-30')] },
      ],
      vouchers: [
        {
          id: 'v1',
          expertise: 'Bewonersparticipatie',
          network: { id: 'n', name: 'Oude IJsselstreek' },
          expiresOn: '2025-05-15',
        },
        { id: 'v2', expertise: 'Nog niet toegekend', network: { id: 'n', name: 'Oude IJsselstreek' }, expiresOn: null },
      ],
      now: new Date('2025-04-01T00:00:00Z'),
    });

  it('has an event per milestone and per voucher expiry date, soonest first, with stable UIDs', () => {
    const lines = unfold(make());
    expect(lines.filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:milestone-m1@gala.leerkring',
      'UID:voucher-v1-expiry@gala.leerkring',
      'UID:milestone-m2@gala.leerkring',
    ]);
    expect(lines).toContain('SUMMARY:Mijlpaal: Midterm review\\, met partners — Gemeente Aalten');
    expect(lines).toContain('SUMMARY:Kennisvoucher verloopt: Bewonersparticipatie — Oude IJsselstreek');
    expect(lines).toContain('DESCRIPTION:GALA-plan Achterhoek (regio als geheel)\\, status: gestart.');
    expect(make()).toBe(make());
  });
});
