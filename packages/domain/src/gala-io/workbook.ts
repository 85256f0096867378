import {
  galaImportSheetKeys,
  galaImportSheets,
  readGalaImportSheet,
  type GalaActionImportRow,
  type GalaBudgetImportRow,
  type GalaImportError,
  type GalaMilestoneImportRow,
  type ImportedRow,
} from '../gala/spreadsheet.js';

export interface GalaWorkbookRows {
  budget: ImportedRow<GalaBudgetImportRow>[];
  milestones: ImportedRow<GalaMilestoneImportRow>[];
  actions: ImportedRow<GalaActionImportRow>[];
}

/**
 * Reads the three sheets of an imported workbook, found by name (case and spaces do not matter), given as rows of raw
 * cells: a missing sheet is one error, every wrong cell another. `rows` counts the rows read.
 */
export function readGalaWorkbook({ sheets }: { sheets: ReadonlyMap<string, readonly (readonly unknown[])[]> }): {
  rows: GalaWorkbookRows;
  count: number;
  errors: GalaImportError[];
} {
  const byName = new Map([...sheets].map(([name, rows]) => [name.trim().toLowerCase(), rows]));
  const errors: GalaImportError[] = [];
  const read = <K extends (typeof galaImportSheetKeys)[number]>(sheet: K) => {
    const name = galaImportSheets[sheet].name;
    const rows = byName.get(name.toLowerCase());
    if (rows === undefined) {
      errors.push({
        sheet: name,
        row: null,
        column: null,
        code: 'missing-sheet',
        message: `Het tabblad ‘${name}’ ontbreekt.`,
      });
      return [];
    }
    const result = readGalaImportSheet({ sheet, rows });
    errors.push(...result.errors);
    return result.rows;
  };
  const rows: GalaWorkbookRows = { budget: read('budget'), milestones: read('milestones'), actions: read('actions') };
  return { rows, count: rows.budget.length + rows.milestones.length + rows.actions.length, errors };
}
