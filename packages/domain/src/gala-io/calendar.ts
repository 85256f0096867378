/*
 * iCalendar (RFC 5545) for all-day events: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
 * text escaped (`\`, `;`, `,` and line breaks), DTSTART;VALUE=DATE with the next day as DTEND, and UIDs the caller
 * keeps stable so a calendar that imports the file again updates its events instead of doubling them.
 */

export interface CalendarEvent {
  /** Stable across downloads: the same record gives the same UID. */
  readonly uid: string;
  /** The day, as an ISO calendar date (2025-04-30). */
  readonly date: string;
  readonly summary: string;
  readonly description?: string | null;
}

/** Text as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function escapeCalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** One content line folded at 75 octets: continuation lines start with a space (which counts in their 75). */
export function foldCalendarLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
const stamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** A whole calendar of all-day events, as the text of an .ics file. */
export function calendarIcs({
  name,
  events,
  now,
}: {
  name: string;
  events: readonly CalendarEvent[];
  /** DTSTAMP: when the file was made. */
  now: Date;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerkring//GALA//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeCalendarText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
      `SUMMARY:${escapeCalendarText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeCalendarText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldCalendarLine).join('\r\n') + '\r\n';
}
