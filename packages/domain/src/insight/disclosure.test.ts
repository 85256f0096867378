import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differencingRefused, discloseTable, populationAllowed, type DisclosedTable } from './disclosure.js';

/** The table as a reader sees it: numbers, "<5" for a small count and "x" for a complementary suppression. */
const shown = (table: DisclosedTable): string[][] => {
  const text = ({ count, suppression }: DisclosedTable['total']) =>
    suppression === 'small' ? '<5' : suppression === 'complementary' ? 'x' : String(count);
  return [
    ...table.cells.map((row, index) => [...row.map(text), text(table.rowTotals[index]!)]),
    [...table.columnTotals.map(text), text(table.total)],
  ];
};

describe('disclosure control of a table', () => {
  it('shows a table without small counts as it is, totals included', () => {
    expect(
      shown(
        discloseTable([
          [12, 0],
          [5, 30],
        ]),
      ),
    ).toEqual([
      ['12', '0', '12'],
      ['5', '30', '35'],
      ['17', '30', '47'],
    ]);
  });

  it('suppresses a count of 1–4 and the smallest cells that keep it from being worked out from the totals', () => {
    // Without more, 3 = 20 − 17. The cheapest cycle through it: the 6 beside it, the 7 below it and the 8 across.
    expect(
      shown(
        discloseTable([
          [3, 6, 20],
          [7, 8, 30],
          [40, 50, 60],
        ]),
      ),
    ).toEqual([
      ['<5', 'x', '20', '29'],
      ['x', 'x', '30', '45'],
      ['40', '50', '60', '150'],
      ['50', '64', '110', '224'],
    ]);
  });

  it('lets two small counts in one row and one column protect each other where they can', () => {
    expect(
      shown(
        discloseTable([
          [2, 3, 10],
          [4, 1, 10],
        ]),
      ),
    ).toEqual([
      ['<5', '<5', '10', '15'],
      ['<5', '<5', '10', '15'],
      ['x', '<5', '20', '30'],
    ]);
  });

  it('suppresses a total that is small, and what would give it away', () => {
    // Row total 3: the row's own cells are small; the column totals and the grand total give the row away unless a
    // second row joins the cycle.
    const table = discloseTable([
      [1, 2],
      [10, 20],
    ]);
    expect(table.rowTotals[0]).toEqual({ count: null, suppression: 'small' });
    expect(
      shown(table)
        .flat()
        .filter((item) => item === '<5' || item === 'x').length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('never leaves a row or a column with exactly one suppressed entry', () => {
    const table = discloseTable([
      [4, 9, 9],
      [9, 9, 9],
    ]);
    for (const line of [...shown(table), ...transpose(shown(table))]) {
      expect(line.filter((item) => item === '<5' || item === 'x').length).not.toBe(1);
    }
  });

  it('shows an empty table as zeros', () => {
    expect(shown(discloseTable([[0, 0]]))).toEqual([
      ['0', '0', '0'],
      ['0', '0', '0'],
    ]);
  });
});

describe('population and differencing', () => {
  it('answers nothing about fewer than 10 cases', () => {
    expect(populationAllowed(9)).toBe(false);
    expect(populationAllowed(10)).toBe(true);
  });

  it('refuses a filter that differs from the broader query by 1–4 cases', () => {
    expect(differencingRefused(40, [44])).toBe(true);
    expect(differencingRefused(40, [41, 100])).toBe(true);
    expect(differencingRefused(40, [40, 45])).toBe(false);
    expect(differencingRefused(40, [])).toBe(false);
  });
});

describe('no suppressed count can be worked out from what is shown (property)', () => {
  const tables = fc
    .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
    .chain(({ rows, columns }) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    );

  it('shows no count of 1–4, and every suppressed entry admits more than one value', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const table = discloseTable(counts);
        const augmented = augment(counts);
        const entries = augmentedDisclosure(table);
        for (let row = 0; row < augmented.length; row++) {
          for (let column = 0; column < augmented[0]!.length; column++) {
            const entry = entries[row]![column]!;
            if (entry.suppression === null) {
              expect(entry.count).toBe(augmented[row]![column]);
              expect(entry.count! >= 1 && entry.count! <= 4).toBe(false);
            } else {
              // Every suppressed value is at least 1, so a small step along an undetermined direction stays ≥ 0.
              expect(augmented[row]![column]).toBeGreaterThanOrEqual(1);
            }
          }
        }
        const unknowns: [number, number][] = [];
        entries.forEach((line, row) =>
          line.forEach((entry, column) => {
            if (entry.suppression) unknowns.push([row, column]);
          }),
        );
        for (let index = 0; index < unknowns.length; index++) {
          expect(determinedByShownSums(unknowns, index, augmented.length, augmented[0]!.length)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});

function transpose(rows: string[][]): string[][] {
  return rows[0]!.map((_, column) => rows.map((row) => row[column]!));
}

function augment(counts: number[][]): number[][] {
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = counts[0]!.map((_, column) => counts.reduce((a, row) => a + row[column]!, 0));
  return [
    ...counts.map((row, index) => [...row, rowTotals[index]!]),
    [...columnTotals, rowTotals.reduce((a, b) => a + b, 0)],
  ];
}

function augmentedDisclosure(table: DisclosedTable) {
  return [...table.cells.map((row, index) => [...row, table.rowTotals[index]!]), [...table.columnTotals, table.total]];
}

/**
 * Linear algebra, independent of the graph argument the rule uses: the published sums (every row and column of the
 * table with its totals) restricted to the suppressed entries; entry `index` is determined exactly when its unit
 * vector lies in the row space of those equations.
 */
function determinedByShownSums(unknowns: [number, number][], index: number, rows: number, columns: number): boolean {
  const equations: number[][] = [];
  for (let row = 0; row < rows; row++) {
    equations.push(unknowns.map(([r, c]) => (r === row ? (c === columns - 1 ? -1 : 1) : 0)));
  }
  for (let column = 0; column < columns; column++) {
    equations.push(unknowns.map(([r, c]) => (c === column ? (r === rows - 1 ? -1 : 1) : 0)));
  }
  const unit = unknowns.map((_, position) => (position === index ? 1 : 0));
  return rank([...equations, unit]) === rank(equations);
}

function rank(matrix: number[][]): number {
  const rows = matrix.map((row) => [...row]);
  const width = rows[0]?.length ?? 0;
  let result = 0;
  for (let column = 0; column < width && result < rows.length; column++) {
    let pivot = -1;
    for (let row = result; row < rows.length; row++) if (Math.abs(rows[row]![column]!) > 1e-9) pivot = row;
    if (pivot === -1) continue;
    [rows[result], rows[pivot]] = [rows[pivot]!, rows[result]!];
    for (let row = 0; row < rows.length; row++) {
      if (row === result) continue;
      const factor = rows[row]![column]! / rows[result]![column]!;
      if (factor !== 0) rows[row] = rows[row]!.map((value, position) => value - factor * rows[result]![position]!);
    }
    result++;
  }
  return result;
}
