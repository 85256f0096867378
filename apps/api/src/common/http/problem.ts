import {
  AuthError,
  matchesPath,
  operations,
  problemMediaType,
  violationsToInvalidParams,
  type InvalidParam,
  type Problem,
  type RuleViolation,
} from '@leerkring/domain';
import { HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { databaseRetryAfterSeconds, isDatabaseUnavailable, isUniqueViolation } from './database-errors.js';
import { isFeatureError, statusOfFeatureError } from './feature-error-status.js';
import { apiPrefix } from './prefix.js';
import { loggableError } from './loggable-error.js';
import { InvalidInputError } from './request-error.js';

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

/** A rule's violations name fields of the body (`body.budget.3.spentCents`), or a header when their path says so. */
function namedViolations({ violations }: { violations: readonly RuleViolation[] }): InvalidParam[] {
  return violations.flatMap((violation) =>
    violation.path.startsWith('header.')
      ? [{ name: violation.path, reason: violation.message, code: violation.code }]
      : violationsToInvalidParams({ violations: [violation] }),
  );
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
    // Feature errors that refuse particular fields carry them (or the rules' violations); every other one names none.
    const named = 'invalidParams' in error ? error.invalidParams : 'violations' in error ? namedViolations(error) : [];
    const invalidParams = named.length > 0 ? { invalidParams: named } : {};
    const problem = make(statusOfFeatureError(error.code), error.message, { code: error.code, ...invalidParams });
    // A stale update answers the current state and its ETag, so the client can show both texts and apply its change again.
    if ('current' in error && error.current) {
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

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: unknown): FastifyReply {
  const { problem, headers } = toProblem(error, request);
  return reply.status(problem.status).headers(headers).type(problemMediaType).send(problem);
}
