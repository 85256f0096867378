import {
  applyDecorators,
  createParamDecorator,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common';
import type { Operation } from '@leerkring/domain';

export const OPERATION = Symbol('leerkring:operation');

const routeDecorators = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

/** Binds a controller method to an operation of the contract: its route, status, validation and documentation. */
export function Endpoint(operation: Operation): MethodDecorator {
  const route = operation.path.replace(/\{(\w+)\}/g, ':$1');
  return applyDecorators(
    routeDecorators[operation.method](route),
    HttpCode(operation.success.status),
    SetMetadata(OPERATION, operation),
  );
}

export const VALIDATED_INPUT = 'leerkringInput';

export const ValidInput = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<Record<string, unknown>>();
  return request[VALIDATED_INPUT];
});
