import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDateAt, daysBetween } from '../index.js';

describe('the calendar', () => {
  it.each([
    ['2025-06-30T21:59:59Z', '2025-06-30'],
    ['2025-06-30T22:00:00Z', '2025-07-01'],
    ['2025-12-31T22:59:59Z', '2025-12-31'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
  ])('at %s it is %s in the Netherlands', (at, expected) => {
    expect(calendarDateAt(new Date(at))).toBe(expected);
  });

  it('counts days and months by the calendar', () => {
    expect(addDays({ date: '2024-02-28', days: 1 })).toBe('2024-02-29');
    expect(addDays({ date: '2025-01-01', days: -1 })).toBe('2024-12-31');
    expect(addMonths({ date: '2025-01-31', months: 1 })).toBe('2025-02-28');
    expect(addMonths({ date: '2024-02-29', months: 12 })).toBe('2025-02-28');
    expect(addMonths({ date: '2025-02-01', months: 12 })).toBe('2026-02-01');
    expect(daysBetween({ from: '2025-03-29', to: '2025-03-31' })).toBe(2);
    expect(daysBetween({ from: '2025-04-10', to: '2024-12-31' })).toBe(-100);
  });
});
