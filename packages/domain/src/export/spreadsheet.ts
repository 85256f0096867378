import { neutraliseFormula, startsLikeFormula } from './csv.js';

/** A value for a cell of an XLSX sheet: numbers, dates and booleans stay themselves, so the sheet can compute with them. */
export type SpreadsheetValue = string | number | boolean | Date | null | undefined;

/**
 * A value made safe for an XLSX cell (exceljs and the like): text that starts like a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) gets a leading `'` so it stays text, as in CSV; numbers, dates and booleans are written as
 * themselves, never as text. Missing values become an empty cell (null).
 */
export function spreadsheetCell(value: SpreadsheetValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return neutraliseFormula(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/**
 * What an XLSX reader hands back for a cell, reduced to a plain value: a formula cell gives its cached result (never the
 * formula), rich text and hyperlinks give their text, an error cell gives nothing.
 */
export function plainCellValue(raw: unknown): string | number | boolean | Date | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const cell = raw as { result?: unknown; richText?: { text?: unknown }[]; text?: unknown; error?: unknown };
    if ('formula' in cell || 'sharedFormula' in cell) return 'result' in cell ? plainCellValue(cell.result) : null;
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => String(run.text ?? '')).join('');
    if (typeof cell.text === 'string') return cell.text;
    if ('result' in cell) return plainCellValue(cell.result);
  }
  return null;
}

/** Text read back from a cell Leerkring wrote: the `'` put before a formula-like start is taken off again. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
