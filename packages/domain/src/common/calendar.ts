/** The time zone whose calendar days Leerkring's dates (due dates, expiry dates) are counted in. */
export const calendarTimeZone = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: calendarTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) it is in the Netherlands at `now`: a due date is met until that day ends there. */
export function calendarDateAt(now: Date): string {
  return dayFormat.format(now);
}

/** A calendar date moved by whole days (negative goes back); months and leap years are counted by the calendar. */
export function addDays({ date, days }: { date: string; days: number }): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** A calendar date moved by whole months; the 31st of a shorter month becomes its last day. */
export function addMonths({ date, months }: { date: string; months: number }): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween({ from, to }: { from: string; to: string }): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The year of a calendar date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
