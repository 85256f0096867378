import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Operation } from '@leerkring/domain';
import { OPERATION } from './operation.decorator.js';

/**
 * Deny by default: a route is served only when it declares an operation whose access allows the caller.
 * Until accounts exist, only public operations are served.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const operation = this.reflector.get<Operation | undefined>(OPERATION, context.getHandler());
    if (operation?.access.public === true) return true;
    throw new UnauthorizedException('Meld je aan om dit te doen.');
  }
}
