import { describe, expect, it } from 'vitest';
import { centsOf, eurosText } from './euros';
import { formatEuroCents } from './formatting';

describe('euros', () => {
  it.each([
    ['12500', 1_250_000],
    ['12.500', 1_250_000],
    ['12.500,50', 1_250_050],
    ['12500,5', 1_250_050],
    ['€ 12 500', 1_250_000],
    ['12500.50', 1_250_050],
    ['1.250.000', 125_000_000],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(centsOf(text)).toBe(cents);
  });

  it.each(['', 'twaalf', '12,5,0', '12.5.0,1', '1,234'])('reads %j as no amount', (text) => {
    expect(centsOf(text)).toBeNull();
  });

  it('shows cents to edit as euros, without decimals when whole, and reads them back', () => {
    expect(eurosText(1_250_000)).toBe('12500');
    expect(eurosText(1_250_050)).toBe('12500,50');
    expect(eurosText(5)).toBe('0,05');
    for (const cents of [0, 5, 99, 1_250_050]) expect(centsOf(eurosText(cents))).toBe(cents);
  });

  it('formats cents as euros in Dutch and in English', () => {
    expect(formatEuroCents({ cents: 1_250_050, language: 'nl' }).replace(/\s/g, ' ')).toBe('€ 12.500,50');
    expect(formatEuroCents({ cents: 1_250_050, language: 'en' })).toBe('€12,500.50');
  });
});
