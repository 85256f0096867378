import { Injectable } from '@nestjs/common';
import { isApiTokenExpired, type Principal } from '@leerkring/domain';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { PeopleRepository } from '../people/people.repository.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import type { AuthSessionEntity } from './auth-session.entity.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { LiveFollowers } from './live-followers.js';
import { sessionAbsoluteMs, sessionIdleMs } from './session-times.js';
import type { Actor } from './principal.js';
import { randomToken, sha256 } from '../common/secrets.js';

export const sessionCookieName = 'leerkring_session';
export { sessionAbsoluteMs, sessionIdleMs } from './session-times.js';
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const touchEveryMs = 15 * 1000;

/** `expired`: a session or token that is no longer valid (`via` says which); null: no credentials at all. */
export type Authentication =
  { actor: Omit<Actor, 'purpose' | 'requestId'> } | { expired: true; via?: 'api-token' } | null;

/** Who calls (a session or an API token, each checked for expiry) and the sessions themselves. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly followers: LiveFollowers,
    private readonly people: PeopleRepository,
    private readonly memberships: MembershipsRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly tokens: ApiTokensRepository,
  ) {}

  /** Reads and writes outside a transaction, as each statement stands on its own. */
  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Opens a session for a person who proved who they are (password or single sign-on). */
  async openSession(personId: string): Promise<{ token: string; session: AuthSessionEntity; personId: string }> {
    const now = this.clock.now();
    const token = randomToken();
    const session = await this.sessions.save(this.manager, {
      id: sha256(token),
      personId,
      csrfToken: randomToken(24),
      createdAt: now,
      lastSeenAt: now,
    });
    return { token, session, personId };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(this.manager, sessionId);
    this.followers.closeSession(sessionId);
  }

  /** Ends the session of this cookie value, if there is one (at sign-in, against session fixation). */
  async endSessionOfToken(token: string): Promise<void> {
    await this.sessions.delete(this.manager, sha256(token));
    this.followers.closeSession(sha256(token));
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
    const session = await this.sessions.find(this.manager, sha256(token));
    if (!session) return { expired: true };
    const now = this.clock.now().getTime();
    if (now - session.lastSeenAt.getTime() > sessionIdleMs || now - session.createdAt.getTime() > sessionAbsoluteMs) {
      await this.sessions.delete(this.manager, session.id);
      return { expired: true };
    }
    const loaded = await this.loadPrincipal(session.personId);
    if (!loaded) {
      await this.sessions.delete(this.manager, session.id);
      return { expired: true };
    }
    if (now - session.lastSeenAt.getTime() > touchEveryMs)
      await this.sessions.touch(this.manager, session.id, new Date(now));
    return { actor: { ...loaded, via: { kind: 'session', sessionId: session.id, csrfToken: session.csrfToken } } };
  }

  private async authenticateToken(token: string): Promise<Authentication> {
    const apiToken = await this.tokens.findLiveByHash(this.manager, sha256(token));
    if (!apiToken) return { expired: true };
    const now = this.clock.now();
    if (isApiTokenExpired(apiToken.expiresAt, now)) return { expired: true, via: 'api-token' };
    const loaded = await this.loadPrincipal(apiToken.personId);
    if (!loaded) return { expired: true };
    await this.tokens.markUsed(this.manager, apiToken.id, now);
    return {
      actor: {
        ...loaded,
        via: { kind: 'api-token', tokenId: apiToken.id, tokenName: apiToken.name, scope: apiToken.scope },
      },
    };
  }

  /** The person with their roles per context; null when they no longer exist or are inactive. */
  async loadPrincipal(personId: string): Promise<Pick<Actor, 'principal' | 'person'> | null> {
    const person = await this.people.findWithOrganisation(this.manager, personId);
    if (!person || !person.active) return null;
    // A pending or rejected grant confers nothing.
    const memberships = await this.memberships.activeOfPerson(this.manager, personId);
    const principal: Principal = {
      personId: person.id,
      organisationId: person.organisationId,
      isAdmin: person.isAdmin,
      memberships: memberships.map(({ contextType, contextId, role }) => ({ contextType, contextId, role })),
    };
    return {
      principal,
      person: { id: person.id, name: person.name, email: person.email, organisationName: person.organisation.name },
    };
  }
}
