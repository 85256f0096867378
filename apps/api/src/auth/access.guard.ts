import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  apiTokenScopeAllows,
  AuthError,
  AuthErrorCode,
  hasControlCharacter,
  login,
  mayEver,
  type Operation,
} from '@leerkring/domain';
import type { FastifyRequest } from 'fastify';
import { AuthService } from './auth.service.js';
import { ACTOR, type Actor } from './principal.js';
import { OPERATION } from '../common/http/operation.decorator.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const purposeHeader = 'access-purpose';

/**
 * Deny by default: a route is served only when it declares an operation, and then only to whom its access allows.
 * Signed in but never allowed → 403; whether a record of a context is visible is decided where it is queried (404).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const operation = this.reflector.get<Operation | undefined>(OPERATION, context.getHandler());
    if (!operation)
      throw new AuthError(AuthErrorCode.FORBIDDEN, 'Deze route heeft geen toegangsregel en is daarom dicht.');
    const request = context.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
    const authentication = await this.auth.authenticate(request);
    if (authentication && 'actor' in authentication) {
      const { actor } = authentication;
      // A session rides on a cookie the browser sends by itself; a change must also prove it comes from our page.
      if (actor.via.kind === 'session' && !safeMethods.has(request.method) && operation !== login) {
        if (request.headers['x-csrf-token'] !== actor.via.csrfToken) {
          throw new AuthError(AuthErrorCode.CSRF_MISSING, 'Deze wijziging mist een geldige X-CSRF-Token-header.');
        }
      }
      // A read-only token reads; anything else is refused, whatever the person may do.
      if (actor.via.kind === 'api-token' && !apiTokenScopeAllows(actor.via.scope, request.method)) {
        throw new AuthError(AuthErrorCode.TOKEN_READ_ONLY, 'Dit API-token mag alleen lezen (scope read).');
      }
      const stated = request.headers[purposeHeader];
      request[ACTOR] = {
        ...actor,
        // A purpose with control characters is not a purpose a person wrote (and a NUL cannot be stored): the declared one stands.
        purpose:
          typeof stated === 'string' && stated.trim() && !hasControlCharacter(stated)
            ? stated.trim().slice(0, 300)
            : (operation.purpose ?? operation.summary),
        requestId: String(request.id),
      } satisfies Actor;
    }
    if (operation.access.public) return true;
    if (!authentication || !('actor' in authentication)) {
      if (authentication?.via === 'api-token')
        throw new AuthError(AuthErrorCode.TOKEN_EXPIRED, 'Dit API-token is verlopen. Maak een nieuw token.');
      throw authentication
        ? new AuthError(AuthErrorCode.SESSION_EXPIRED, 'Je sessie is verlopen. Meld je opnieuw aan.')
        : new AuthError(AuthErrorCode.NOT_SIGNED_IN, 'Meld je aan om dit te zien of te doen.');
    }
    if (operation.access.sessionOnly && authentication.actor.via.kind !== 'session') {
      throw new AuthError(
        AuthErrorCode.SESSION_REQUIRED,
        'Dit kan alleen aangemeld in de webapp, niet met een API-token.',
      );
    }
    if (!mayEver({ principal: authentication.actor.principal, permission: operation.access.permission })) {
      throw new AuthError(AuthErrorCode.FORBIDDEN, 'Je rol geeft geen toegang tot deze gegevens of handeling.');
    }
    return true;
  }
}
