import { QueryFailedError } from 'typeorm';

/** What an unexpected error may put in the log: its kind, code and where it came from — never request data. */
export interface LoggableError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
}

/**
 * Strips an error for the log. A database error carries the query text and its parameters (names, e-mail addresses,
 * case texts) and the driver's detail ("Key (email)=(…) already exists"): only its kind and SQLSTATE code are kept, and
 * quoted values in its message are blanked ('invalid input syntax for type uuid: "…"').
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a thrown value that is not an Error' };
  const driverCode =
    (error as { driverError?: { code?: unknown } }).driverError?.code ?? (error as { code?: unknown }).code;
  const code = typeof driverCode === 'string' || typeof driverCode === 'number' ? String(driverCode) : undefined;
  const message = error instanceof QueryFailedError || code !== undefined ? redactValues(error.message) : error.message;
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  return {
    type: error.name,
    message,
    ...(code ? { code } : {}),
    ...(frames.length ? { stack: [`${error.name}: ${message}`, ...frames].join('\n') } : {}),
  };
}

function redactValues(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\([^()]*\)=\([^()]*\)/g, '(…)=(…)')
    .slice(0, 500);
}
