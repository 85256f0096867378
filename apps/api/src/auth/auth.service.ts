import { Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, isApiTokenExpired, type Login, type Principal } from '@leerkring/domain';
import type { FastifyRequest } from 'fastify';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '../common/clock.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { LoginFailureEntity } from './login-failure.entity.js';
import type { Actor } from './principal.js';
import { decoyPasswordHash, randomToken, sha256, verifyPassword } from './secrets.js';

export const sessionCookieName = 'leerkring_session';
export const sessionIdleMs = 30 * 60 * 1000;
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;
export const failureWindowMs = 15 * 60 * 1000;
export const maxFailuresPerWindow = 5;
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const touchEveryMs = 15 * 1000;

/** `expired`: a session or token that is no longer valid (`via` says which); null: no credentials at all. */
export type Authentication = { actor: Omit<Actor, 'purpose' | 'requestId'> } | { expired: true; via?: 'api-token' } | null;

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Checks e-mail and password and opens a session; one generic answer for every wrong combination. */
  async login({ email, password }: Login): Promise<{ token: string; session: AuthSessionEntity; personId: string }> {
    const now = this.clock.now();
    const failures = this.dataSource.getRepository(LoginFailureEntity);
    const recent = (await failures.find({ where: { email }, order: { occurredAt: 'ASC' } })).filter(
      (failure) => now.getTime() - failure.occurredAt.getTime() < failureWindowMs,
    );
    if (recent.length >= maxFailuresPerWindow) {
      const retryAfter = Math.ceil((recent[0]!.occurredAt.getTime() + failureWindowMs - now.getTime()) / 1000);
      throw new AuthError(AuthErrorCode.TOO_MANY_ATTEMPTS, 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.', Math.max(1, retryAfter));
    }
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ email });
    const canUsePassword = person?.active === true && person.passwordHash !== null;
    // Verify against a decoy when there is no usable account, so the answer takes as long either way.
    const valid = await verifyPassword(canUsePassword ? person.passwordHash! : await decoyPasswordHash(), password);
    if (!valid || !canUsePassword) {
      await failures.insert({ email, occurredAt: now });
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    await failures.delete({ email });
    return this.openSession(person.id);
  }

  /** Opens a session for a person who proved who they are (password or single sign-on). */
  async openSession(personId: string): Promise<{ token: string; session: AuthSessionEntity; personId: string }> {
    const now = this.clock.now();
    const token = randomToken();
    const session = await this.dataSource
      .getRepository(AuthSessionEntity)
      .save({ id: sha256(token), personId, csrfToken: randomToken(24), createdAt: now, lastSeenAt: now });
    return { token, session, personId };
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(AuthSessionEntity).delete({ id: sessionId });
  }

  /** Ends the session of this cookie value, if there is one (at sign-in, against session fixation). */
  async endSessionOfToken(token: string): Promise<void> {
    await this.dataSource.getRepository(AuthSessionEntity).delete({ id: sha256(token) });
  }

  /** Who calls: a bearer token first, then the session cookie. */
  async authenticate(request: FastifyRequest): Promise<Authentication> {
    const authorization = request.headers.authorization;
    if (typeof authorization === 'string' && /^Bearer\s+/i.test(authorization)) {
      return this.authenticateToken(authorization.replace(/^Bearer\s+/i, '').trim());
    }
    const cookie = request.cookies?.[sessionCookieName];
    return cookie ? this.authenticateSession(cookie) : null;
  }

  private async authenticateSession(token: string): Promise<Authentication> {
    const sessions = this.dataSource.getRepository(AuthSessionEntity);
    const session = await sessions.findOneBy({ id: sha256(token) });
    if (!session) return { expired: true };
    const now = this.clock.now().getTime();
    if (now - session.lastSeenAt.getTime() > sessionIdleMs || now - session.createdAt.getTime() > sessionAbsoluteMs) {
      await sessions.delete({ id: session.id });
      return { expired: true };
    }
    const loaded = await this.loadPrincipal(session.personId);
    if (!loaded) {
      await sessions.delete({ id: session.id });
      return { expired: true };
    }
    if (now - session.lastSeenAt.getTime() > touchEveryMs) await sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
    return { actor: { ...loaded, via: { kind: 'session', sessionId: session.id, csrfToken: session.csrfToken } } };
  }

  private async authenticateToken(token: string): Promise<Authentication> {
    const tokens = this.dataSource.getRepository(ApiTokenEntity);
    const apiToken = await tokens.findOneBy({ tokenHash: sha256(token), revokedAt: IsNull() });
    if (!apiToken) return { expired: true };
    const now = this.clock.now();
    if (isApiTokenExpired(apiToken.expiresAt, now)) return { expired: true, via: 'api-token' };
    const loaded = await this.loadPrincipal(apiToken.personId);
    if (!loaded) return { expired: true };
    await tokens.update({ id: apiToken.id }, { lastUsedAt: now });
    return { actor: { ...loaded, via: { kind: 'api-token', tokenId: apiToken.id, tokenName: apiToken.name, scope: apiToken.scope } } };
  }

  /** The person with their roles per context; null when they no longer exist or are inactive. */
  async loadPrincipal(personId: string): Promise<Pick<Actor, 'principal' | 'person'> | null> {
    const person = await this.dataSource.getRepository(PersonEntity).findOne({ where: { id: personId }, relations: { organisation: true } });
    if (!person || !person.active) return null;
    // A pending or rejected grant confers nothing.
    const memberships = await this.dataSource.getRepository(MembershipEntity).findBy({ personId, status: 'active' });
    const principal: Principal = {
      personId: person.id,
      organisationId: person.organisationId,
      isAdmin: person.isAdmin,
      memberships: memberships.map(({ contextType, contextId, role }) => ({ contextType, contextId, role })),
    };
    return { principal, person: { id: person.id, name: person.name, email: person.email, organisationName: person.organisation.name } };
  }
}
