import { describe, expect, it } from 'vitest';
import { plainCellValue, restoreNeutralised, spreadsheetCell } from './spreadsheet.js';

describe('spreadsheetCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tverborgen', "'\tverborgen"],
    ['\rterug', "'\rterug"],
    ['Valpreventie', 'Valpreventie'],
    ['e-mail', 'e-mail'],
  ])('neutralises text %j as %j, like CSV', (value, expected) => {
    expect(spreadsheetCell(value)).toBe(expected);
  });

  it('keeps numbers, dates and booleans as themselves, and empties what is missing', () => {
    const date = new Date('2025-04-30T00:00:00Z');
    expect(spreadsheetCell(-1250.5)).toBe(-1250.5);
    expect(spreadsheetCell(date)).toBe(date);
    expect(spreadsheetCell(true)).toBe(true);
    expect(spreadsheetCell(null)).toBeNull();
    expect(spreadsheetCell(undefined)).toBeNull();
    expect(spreadsheetCell(Number.NaN)).toBeNull();
  });
});

describe('plainCellValue', () => {
  it.each([
    [null, null],
    ['tekst', 'tekst'],
    [12.5, 12.5],
    [{ formula: 'A1*2', result: 25 }, 25],
    [{ formula: 'HYPERLINK("x")' }, null],
    [{ richText: [{ text: 'Gemeente ' }, { text: 'Doetinchem' }] }, 'Gemeente Doetinchem'],
    [{ text: 'link', hyperlink: 'https://example.org' }, 'link'],
    [{ error: '#DIV/0!' }, null],
  ])('%j → %j', (raw, expected) => {
    expect(plainCellValue(raw)).toEqual(expected);
  });
});

describe('restoreNeutralised', () => {
  it.each([
    ["'=SUM(A1:A2)", '=SUM(A1:A2)'],
    ["'-5", '-5'],
    ["'gewoon", "'gewoon"],
    ['=1', '=1'],
    ['tekst', 'tekst'],
  ])('%j → %j', (text, expected) => {
    expect(restoreNeutralised(text)).toBe(expected);
  });

  it('undoes what spreadsheetCell did', () => {
    for (const text of ['=HYPERLINK("x")', '+31', '@cmd', 'Valpreventie'])
      expect(restoreNeutralised(spreadsheetCell(text) as string)).toBe(text);
  });
});
