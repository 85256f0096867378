import { galaImportMaxRows, galaImportMaxUnpackedBytes } from '@leerkring/domain';
import ExcelJS from 'exceljs';
import { refuseOversizedZip, WorkbookTooLargeError } from './workbook-limits.js';

export { WorkbookTooLargeError } from './workbook-limits.js';

export type SheetCell = string | number | boolean | Date | null;

export interface SheetContent {
  name: string;
  rows: SheetCell[][];
}

/** Columns whose header says euros get a money format; every date cell a Dutch date format. */
const euroHeader = /\(€\)$/;

/**
 * An XLSX workbook of the given sheets (header row first, bold and frozen). Values keep their type: numbers are number
 * cells, dates date cells (exceljs writes them as UTC), text is text — it was neutralised against formulas before.
 */
export async function workbookBytes(sheets: readonly SheetContent[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerkring';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRows(sheet.rows);
    worksheet.getRow(1).font = { bold: true };
    const header = sheet.rows[0] ?? [];
    header.forEach((title, index) => {
      const column = worksheet.getColumn(index + 1);
      column.width = Math.min(60, Math.max(12, String(title ?? '').length + 4));
      if (typeof title === 'string' && euroHeader.test(title)) column.numFmt = '#,##0.00';
    });
    worksheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd-mm-yyyy';
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Thrown for bytes that are no readable XLSX workbook. */
export class UnreadableWorkbookError extends Error {
  override name = 'UnreadableWorkbookError';
}

/**
 * The sheets of an uploaded workbook as rows of raw cell values (first row first, the spreadsheet's row n at index
 * n − 1, empty rows kept as empty arrays so row numbers stay those the person sees). A workbook that unpacks to more
 * than allowed, or whose sheets reach beyond the allowed rows, is refused before its rows are read.
 */
export async function workbookSheets(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  refuseOversizedZip(bytes, galaImportMaxUnpackedBytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError('Dit bestand is geen leesbaar .xlsx-bestand.');
  }
  // Rows up to the last one used, empty ones included: those are what the rows below would hold.
  const rowCount = workbook.worksheets.reduce((sum, worksheet) => sum + worksheet.rowCount, 0);
  if (rowCount > galaImportMaxRows)
    throw new WorkbookTooLargeError(`Dit bestand heeft meer dan ${galaImportMaxRows} rijen.`);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((worksheet) => {
    const rows: unknown[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      rows[rowNumber - 1] = (row.values as unknown[]).slice(1);
    });
    sheets.set(
      worksheet.name,
      Array.from(rows, (row) => row ?? []),
    );
  });
  return sheets;
}
