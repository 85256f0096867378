import {
  Injectable,
  UnsupportedMediaTypeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  controlCharacterParams,
  fillPath,
  invalidParamsFromIssues,
  pageLinkHeader,
  type Operation,
  type Page,
} from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { apiPrefix } from './prefix.js';
import { InvalidInputError } from './request-error.js';
import { OPERATION, VALIDATED_INPUT } from './operation.decorator.js';

/**
 * Validates every request against its operation's zod schemas before the controller runs, and shapes the answer:
 * a `Link` header for pages, a `Location` header for created records, and a check that the body keeps the contract.
 * A redirect (302) sets its own `Location` and answers no body.
 */
@Injectable()
export class OperationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const operation = this.reflector.get<Operation | undefined>(OPERATION, context.getHandler());
    if (!operation) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & Record<string, unknown>>();
    const reply = http.getResponse<FastifyReply>();
    request[VALIDATED_INPUT] = parseInput(operation, request);

    return next.handle().pipe(
      map((result: unknown) => {
        const { success } = operation;
        if (success.status === 302) {
          // A redirect answers no body; its handler chose where to, and must have said so.
          if (reply.getHeader('location') === undefined)
            throw new Error(`${operation.operationId} answered 302 without a Location`);
          return undefined;
        }
        if (success.paged) {
          const page = result as Page<unknown>;
          void reply.header('Link', pageLinkHeader({ url: request.url, meta: page.meta }));
        }
        if (success.location && result && typeof result === 'object' && 'id' in result) {
          // The created record sits below the collection it was posted to, path parameters filled in.
          const collection = fillPath({
            path: operation.path,
            params: (request.params ?? {}) as Record<string, string>,
          });
          void reply.header('Location', `${apiPrefix}${collection}/${String(result.id)}`);
        }
        if (success.mediaType) {
          // A charset belongs to text; a Word file is binary.
          void reply.type(
            success.mediaType.startsWith('text/') ? `${success.mediaType}; charset=utf-8` : success.mediaType,
          );
          return result;
        }
        if (!success.schema) return undefined;
        // The mapper already shaped the body; this parse keeps the promise that the contract and the answer agree.
        return success.schema.parse(result);
      }),
    );
  }
}

function parseInput(operation: Operation, request: FastifyRequest) {
  // One rule for every text of every operation, before its own schema: no control characters (a NUL breaks PostgreSQL).
  const controls = [
    ...controlCharacterParams({ value: request.params ?? {}, location: 'path' }),
    ...controlCharacterParams({ value: request.query ?? {}, location: 'query' }),
    ...(operation.body ? controlCharacterParams({ value: request.body, location: 'body' }) : []),
  ];
  if (controls.length > 0) throw new InvalidInputError(controls, 422);
  const invalid: ReturnType<typeof invalidParamsFromIssues> = [];
  const parse = (schema: z.ZodType | undefined, value: unknown, location: 'path' | 'query' | 'body') => {
    if (!schema) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    invalid.push(...invalidParamsFromIssues({ issues: result.error.issues, location }));
    return undefined;
  };
  const params = parse(operation.params, request.params ?? {}, 'path');
  const query = parse(operation.query, request.query ?? {}, 'query');
  if (!operation.query && request.query && Object.keys(request.query).length > 0) {
    for (const key of Object.keys(request.query)) {
      invalid.push({
        name: `query.${key}`,
        reason: 'Onbekende parameter; deze operatie kent geen query-parameters.',
        code: 'unknown_field',
      });
    }
  }
  // A file comes as its raw bytes (its own content-type parser); a JSON operation never takes one.
  const isFile = Buffer.isBuffer(request.body);
  if (isFile !== Boolean(operation.upload) && request.body !== undefined && request.body !== null)
    throw new UnsupportedMediaTypeException();
  const body = operation.upload
    ? isFile && (request.body as Buffer).length > 0
      ? request.body
      : (invalid.push({ name: 'body', reason: 'Stuur het bestand als body.', code: 'required' }), undefined)
    : operation.body
      ? request.body === undefined || request.body === null
        ? (invalid.push({ name: 'body', reason: 'Een JSON-body is verplicht.', code: 'required' }), undefined)
        : parse(operation.body, request.body, 'body')
      : undefined;
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  return { params, query, body };
}
