/** PostgreSQL 23505 or SQLite's UNIQUE constraint, as TypeORM passes them on. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } } | null)?.driverError;
  return (
    driverError?.code === '23505' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * The unique constraint or index a violation names: PostgreSQL's `constraint` field; SQLite's message names an index
 * (`UNIQUE constraint failed: index 'UQ_…'`) for an expression index, else its columns (`table.column, …`).
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  if (!isUniqueViolation(error)) return undefined;
  const driverError = (error as { driverError?: { constraint?: unknown; message?: unknown } }).driverError;
  if (typeof driverError?.constraint === 'string') return driverError.constraint;
  const message = typeof driverError?.message === 'string' ? driverError.message : '';
  return (
    /UNIQUE constraint failed: index '([^']+)'/.exec(message)?.[1] ??
    /UNIQUE constraint failed: (.+)$/.exec(message)?.[1]
  );
}

export const databaseRetryAfterSeconds = 2;

/**
 * Errors of a lost or unusable database connection, not of the request: PostgreSQL's connection exceptions (08…),
 * operator intervention (57P01 terminated, 57P02 crash, 57P03 cannot connect now, 57014 statement timeout), pg's
 * own messages for a dead or unobtainable connection, and a busy SQLite file.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError].filter(Boolean) as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
  }[];
  return candidates.some(({ code, message, name }) => {
    // TypeORM releases a query runner whose connection died; what the request still asked of it fails with one of these.
    if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
    if (
      typeof code === 'string' &&
      (/^08/.test(code) ||
        [
          '57P01',
          '57P02',
          '57P03',
          '57014',
          '53300',
          'ECONNREFUSED',
          'ECONNRESET',
          'EPIPE',
          'ETIMEDOUT',
          'SQLITE_BUSY',
        ].includes(code))
    ) {
      return true;
    }
    return (
      typeof message === 'string' &&
      /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Query read timeout|terminating connection|Client was closed and is not queryable/i.test(
        message,
      )
    );
  });
}
