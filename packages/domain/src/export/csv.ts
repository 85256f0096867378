/** Cells a spreadsheet would run as a formula (or a DDE command) when they start with one of these. */
const formulaStart = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would read this text as a formula (or a DDE command). */
export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}

/** The text made safe for a spreadsheet cell: one starting like a formula is prefixed with `'`, so it stays text. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with `'` so it stays text; a cell holding the separator, a quote or a line break is quoted.
 */
export function csvCell({ value, separator = ',' }: { value: string | null | undefined; separator?: string }): string {
  const safe = neutraliseFormula(value ?? '');
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line of cells, without its line ending (RFC 4180 uses CRLF between lines). */
export function toCsvLine(cells: readonly (string | null | undefined)[], separator = ','): string {
  return cells.map((value) => csvCell({ value, separator })).join(separator);
}

/** A value of a CSV document: text is neutralised and quoted as needed; numbers, dates and booleans are written as data. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/**
 * A whole CSV document for Dutch Excel: UTF-8 byte order mark, `;` between cells, CRLF line ends, numbers with a
 * decimal comma (no thousands separator), dates as 2025-04-30, booleans as ja/nee. Text goes through `csvCell`.
 */
export function csvDocument({
  rows,
  separator = ';',
}: {
  rows: readonly (readonly CsvValue[])[];
  separator?: string;
}): string {
  const decimal = separator === ',' ? '.' : ',';
  const cell = (value: CsvValue): string => {
    if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', decimal) : '';
    if (typeof value === 'boolean') return value ? 'ja' : 'nee';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    return csvCell({ value, separator });
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}
