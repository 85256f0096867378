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
