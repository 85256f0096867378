import type { InvalidParam } from '../problem/schema.js';
import type { GalaImportError } from '../gala/spreadsheet.js';

export const GalaSpreadsheetErrorCode = {
  REGION_NOT_FOUND: 'GALA_REGION_NOT_FOUND',
  IMPORT_INVALID: 'GALA_IMPORT_INVALID',
  IMPORT_CONFLICT: 'GALA_IMPORT_CONFLICT',
  WORKBOOK_TOO_LARGE: 'GALA_WORKBOOK_TOO_LARGE',
} as const;
export type GalaSpreadsheetErrorCode = (typeof GalaSpreadsheetErrorCode)[keyof typeof GalaSpreadsheetErrorCode];

/** An import refused (422, each wrong row named), or a region the caller does not coordinate (404). */
export class GalaSpreadsheetError extends Error {
  constructor(
    readonly code: GalaSpreadsheetErrorCode,
    message: string,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(message);
    this.name = 'GalaSpreadsheetError';
  }
}

/** An import error as a problem's invalid param: `body.Begroting.3.Gemeente` names the sheet, row and column. */
export function importErrorParam(error: GalaImportError): InvalidParam {
  const name = [
    'body',
    error.sheet,
    ...(error.row === null ? [] : [String(error.row)]),
    ...(error.column ? [error.column] : []),
  ];
  return { name: name.join('.'), reason: error.message, code: error.code };
}
