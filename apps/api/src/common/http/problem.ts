import {
  AgreementError,
  IterationError,
  AuthError,
  BuildingTeamError,
  CaseError,
  GuidelineError,
  IntervisionError,
  LessonError,
  SystemObstacleError,
  MembershipError,
  OrganisationError,
  PersonError,
  PasswordResetError,
  RegionError,
  matchesPath,
  operations,
  problemMediaType,
  type InvalidParam,
  type Problem,
} from '@leerkring/domain';
import { HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiPrefix } from './prefix.js';
import { loggableError } from './loggable-error.js';
import { InvalidInputError } from './request-error.js';

const featureErrors = [
  OrganisationError,
  RegionError,
  BuildingTeamError,
  PersonError,
  MembershipError,
  PasswordResetError,
  AuthError,
  CaseError,
  GuidelineError,
  LessonError,
  SystemObstacleError,
  IntervisionError,
  AgreementError,
  IterationError,
] as const;
type FeatureError = InstanceType<(typeof featureErrors)[number]>;
type FeatureErrorCode = FeatureError['code'];

function isFeatureError(error: unknown): error is FeatureError {
  return featureErrors.some((errorClass) => error instanceof errorClass);
}

/** One place maps every feature error code to its HTTP status; a new code without a status does not compile. */
function statusOfFeatureError(code: FeatureErrorCode): number {
  switch (code) {
    case 'ORGANISATION_NOT_FOUND':
    case 'REGION_NOT_FOUND':
    case 'BUILDING_TEAM_NOT_FOUND':
    case 'PERSON_NOT_FOUND':
    case 'MEMBERSHIP_NOT_FOUND':
    case 'AUTH_TOKEN_NOT_FOUND':
    case 'AUTH_SSO_DISABLED':
    case 'CASE_NOT_FOUND':
    case 'GUIDELINE_NOT_FOUND':
    case 'LESSON_NOT_FOUND':
    case 'SYSTEM_OBSTACLE_NOT_FOUND':
      return 404;
    case 'BUILDING_TEAM_NOT_A_MUNICIPALITY':
    case 'BUILDING_TEAM_PARTNER_NOT_FOUND':
    case 'LESSON_LINK_NOT_FOUND':
    case 'LESSON_IDENTIFIER_FOUND':
    case 'SYSTEM_OBSTACLE_CASE_NOT_FOUND':
    case 'SYSTEM_OBSTACLE_IDENTIFIER_FOUND':
    case 'GUIDELINE_IDENTIFIER_FOUND':
    case 'GUIDELINE_LESSON_NOT_FOUND':
      return 422;
    case 'GUIDELINE_NOT_A_CONCEPT':
      return 409;
    case 'CASE_FIELD_NOT_RECORDED':
    case 'CASE_FIELD_REQUIRED':
    case 'CASE_IDENTIFIER_FOUND':
    case 'CASE_NO_GUIDELINE':
    case 'CASE_ORGANISATION_NOT_FOUND':
      return 422;
    case 'ORGANISATION_NAME_TAKEN':
    case 'REGION_NAME_TAKEN':
    case 'PERSON_EMAIL_TAKEN':
    case 'MEMBERSHIP_DUPLICATE':
      return 409;
    case 'REGION_NOT_A_MUNICIPALITY':
    case 'PERSON_ORGANISATION_NOT_FOUND':
    case 'PERSON_LAST_ADMIN':
    case 'MEMBERSHIP_PERSON_NOT_FOUND':
    case 'MEMBERSHIP_CONTEXT_NOT_FOUND':
      return 422;
    case 'AUTH_INVALID_CREDENTIALS':
    case 'AUTH_NOT_SIGNED_IN':
    case 'AUTH_SESSION_EXPIRED':
    case 'AUTH_TOKEN_EXPIRED':
    case 'AUTH_SSO_FAILED':
      return 401;
    case 'AUTH_CSRF_MISSING':
    case 'AUTH_FORBIDDEN':
    case 'MEMBERSHIP_SELF_GRANT':
    case 'MEMBERSHIP_OWN_DECISION':
    case 'AUTH_TOKEN_READ_ONLY':
    case 'AUTH_SESSION_REQUIRED':
      return 403;
    case 'MEMBERSHIP_NOT_PENDING':
      return 409;
    case 'PASSWORD_RESET_LINK_INVALID':
    case 'PASSWORD_RESET_PERSON_INACTIVE':
      return 422;
    case 'PASSWORD_RESET_MAIL_FAILED':
      return 503;
    case 'AUTH_TOO_MANY_ATTEMPTS':
    case 'AUTH_TOO_MANY_STREAMS':
      return 429;
    case 'AUTH_BUSY':
      return 503;
    case 'INTERVISION_METHOD_NOT_FOUND':
    case 'INTERVISION_SESSION_NOT_FOUND':
    case 'INTERVISION_ACTION_NOT_FOUND':
    case 'INTERVISION_BUILDING_TEAM_NOT_FOUND':
      return 404;
    case 'INTERVISION_SESSION_ROLE':
      return 403;
    case 'INTERVISION_METHOD_CODE_TAKEN':
    case 'INTERVISION_SESSION_STATE':
      return 409;
    case 'INTERVISION_IDENTIFIER_FOUND':
    case 'INTERVISION_INVALID_REFERENCE':
      return 422;
    case 'AGREEMENT_NOT_FOUND':
    case 'AGREEMENT_VERSION_NOT_FOUND':
      return 404;
    case 'AGREEMENT_STALE_REVISION':
      return 412;
    case 'AGREEMENT_PRECONDITION_REQUIRED':
      return 428;
    case 'AGREEMENT_NOT_A_CONCEPT':
    case 'AGREEMENT_INVALID_TRANSITION':
    case 'AGREEMENT_CONCEPT_EXISTS':
    case 'AGREEMENT_ROUND_CLOSED':
    case 'AGREEMENT_ROUND_OPEN':
    case 'AGREEMENT_NOT_DECIDED':
      return 409;
    case 'AGREEMENT_NOT_A_PARTNER':
      return 403;
    case 'AGREEMENT_IDENTIFIER_FOUND':
    case 'AGREEMENT_LESSON_NOT_FOUND':
    case 'AGREEMENT_LESSON_NOT_FOR_AGREEMENT':
    case 'AGREEMENT_ITERATION_NOT_FOUND':
    case 'AGREEMENT_ITERATION_NOT_ADAPT':
    case 'AGREEMENT_CLAUSE_NOT_FOUND':
      return 422;
    case 'ITERATION_NOT_FOUND':
      return 404;
    case 'ITERATION_CLOSED':
      return 409;
    case 'ITERATION_INVALID_CHANGE':
    case 'ITERATION_INVALID_REFERENCE':
    case 'ITERATION_IDENTIFIER_FOUND':
      return 422;
    default: {
      const unmapped: never = code;
      throw new Error(`No HTTP status for ${String(unmapped)}`);
    }
  }
}

const titles: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet aanvaardbaar',
  409: 'Conflict',
  412: 'Voorwaarde niet vervuld',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Regel geschonden',
  428: 'Voorwaarde vereist',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/** The methods the API answers on a path, for 405 and its `Allow` header. */
export function allowedMethods(url: string): string[] {
  const pathname = url.split('?', 1)[0] ?? '';
  if (!pathname.startsWith(`${apiPrefix}/`)) return [];
  const path = pathname.slice(apiPrefix.length);
  const methods = Object.values(operations)
    .filter((operation) => matchesPath({ template: operation.path, path }))
    .map((operation) => operation.method);
  return methods.length > 0 ? [...new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : [])])] : [];
}

/** Turns anything thrown while serving a request into problem details; never leaks a stack trace. */
export function toProblem(
  error: unknown,
  request: FastifyRequest,
): { problem: Problem; headers: Record<string, string> } {
  const instance = request.url.split('?', 1)[0];
  const make = (
    status: number,
    detail: string,
    extra: { code?: string; invalidParams?: InvalidParam[] } = {},
  ): Problem => ({
    type: 'about:blank',
    title: titles[status] ?? 'Fout',
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...extra,
  });

  if (error instanceof InvalidInputError) {
    const code = error.status === 422 ? 'CONTROL_CHARACTER' : 'INVALID_INPUT';
    return { problem: make(error.status, error.message, { code, invalidParams: error.invalidParams }), headers: {} };
  }
  if (isFeatureError(error)) {
    const headers: Record<string, string> =
      error instanceof AuthError && error.retryAfterSeconds !== undefined
        ? { 'Retry-After': String(error.retryAfterSeconds) }
        : {};
    // Feature errors that refuse particular fields carry them; every other one names none.
    const named = 'invalidParams' in error ? error.invalidParams : [];
    const invalidParams = named.length > 0 ? { invalidParams: named } : {};
    const problem = make(statusOfFeatureError(error.code), error.message, { code: error.code, ...invalidParams });
    // A stale update answers the current state and its ETag, so the client can show both texts and apply its change again.
    if (error instanceof AgreementError && error.current) {
      return {
        problem: { ...problem, current: error.current.body } as Problem,
        headers: { ...headers, ETag: `"${error.current.revision}"` },
      };
    }
    return { problem, headers };
  }
  if (error instanceof HttpException) {
    // Nest hands errors raised before a handler (Fastify's body parsing) over as HttpExceptions with their status.
    const status = error.getStatus();
    switch (status) {
      case 404: {
        const allow = allowedMethods(request.url);
        if (allow.length === 0)
          return { problem: make(404, 'Er is geen bron op dit pad.', { code: 'ROUTE_NOT_FOUND' }), headers: {} };
        return {
          problem: make(405, `${request.method} is op dit pad niet toegestaan; wel: ${allow.join(', ')}.`, {
            code: 'METHOD_NOT_ALLOWED',
          }),
          headers: { Allow: allow.join(', ') },
        };
      }
      case 400:
        return {
          problem: make(400, 'De body kon niet worden gelezen: stuur geldige JSON.', {
            code: 'MALFORMED_BODY',
            invalidParams: [
              {
                name: 'body',
                reason: 'Geen geldige JSON, of leeg terwijl Content-Type application/json zegt.',
                code: 'malformed_json',
              },
            ],
          }),
          headers: {},
        };
      case 413:
        return { problem: make(413, 'De body is groter dan toegestaan.', { code: 'BODY_TOO_LARGE' }), headers: {} };
      case 415:
        return {
          problem: make(415, 'Stuur de body als application/json.', { code: 'UNSUPPORTED_MEDIA_TYPE' }),
          headers: {},
        };
      case 500:
        break;
      default:
        return { problem: make(status, error.message), headers: {} };
    }
  }
  if (isUniqueViolation(error)) {
    // Two requests raced past a service's own check; the database's unique constraint decided. Nothing was stored.
    return {
      problem: make(409, 'Iemand anders legde tegelijk hetzelfde vast. Laad opnieuw en probeer het nog eens.', {
        code: 'CONFLICT',
      }),
      headers: {},
    };
  }
  if (isDatabaseUnavailable(error)) {
    // The connection died under the request (PostgreSQL restarted, a backend killed, a timeout): nothing of this request
    // was committed, and the pool opens a fresh connection for the next one.
    request.log.warn({ err: loggableError(error) }, 'database unavailable');
    return {
      problem: make(
        503,
        'De database is even niet bereikbaar; er is niets opgeslagen. Probeer het over enkele seconden opnieuw.',
        { code: 'DATABASE_UNAVAILABLE' },
      ),
      headers: { 'Retry-After': String(databaseRetryAfterSeconds) },
    };
  }
  // Only the error's kind and code: a database error carries the query and its parameters, which hold request data.
  request.log.error({ err: loggableError(error) }, 'unexpected error');
  return {
    problem: make(500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', { code: 'INTERNAL_ERROR' }),
    headers: {},
  };
}

/** PostgreSQL 23505 or SQLite's UNIQUE constraint, as TypeORM passes them on. */
function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } } | null)?.driverError;
  return (
    driverError?.code === '23505' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

const databaseRetryAfterSeconds = 2;

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
    // TypeORM releases a query runner whose connection died; what the request still asked of it fails with this.
    if (name === 'QueryRunnerAlreadyReleasedError') return true;
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

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: unknown): FastifyReply {
  const { problem, headers } = toProblem(error, request);
  return reply.status(problem.status).headers(headers).type(problemMediaType).send(problem);
}
