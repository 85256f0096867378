import { describe, expect, it } from 'vitest';
import { galaImportSheets, importErrorParam, readGalaWorkbook } from '../index.js';

const header = (sheet: keyof typeof galaImportSheets) => galaImportSheets[sheet].columns.map((column) => column.header);

describe('reading a workbook', () => {
  it('finds the sheets by name in any case, and names a missing one', () => {
    const { rows, count, errors } = readGalaWorkbook({
      sheets: new Map<string, unknown[][]>([
        ['begroting', [header('budget'), ['Aalten', 'supporting-parts', 2025, 10, 0, null]]],
        [
          ' Acties ',
          [header('actions'), ['Aalten', 'Beweegroute', null, 'loopt', null], ['Aalten', '', null, null, null]],
        ],
      ]),
    });
    expect(rows.budget).toHaveLength(1);
    expect(rows.actions).toHaveLength(1);
    expect(count).toBe(2);
    expect(errors).toEqual([
      {
        sheet: 'Mijlpalen',
        row: null,
        column: null,
        code: 'missing-sheet',
        message: 'Het tabblad ‘Mijlpalen’ ontbreekt.',
      },
      expect.objectContaining({ sheet: 'Acties', row: 3, column: 'Actie', code: 'invalid-cell' }),
    ]);
  });
});

describe('an import error in a problem', () => {
  it.each([
    [{ sheet: 'Begroting', row: 3, column: 'Begroot (€)' }, 'body.Begroting.3.Begroot (€)'],
    [{ sheet: 'Acties', row: 7, column: null }, 'body.Acties.7'],
    [{ sheet: 'Mijlpalen', row: null, column: null }, 'body.Mijlpalen'],
  ])('names %j as %s', (where, name) => {
    expect(importErrorParam({ ...where, code: 'invalid-cell', message: 'Fout.' })).toEqual({
      name,
      reason: 'Fout.',
      code: 'invalid-cell',
    });
  });
});
