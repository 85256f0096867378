import { Inject, Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, isApiTokenExpired, type Login, type Principal } from '@leerkring/domain';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { PeopleRepository } from '../people/people.repository.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import type { AuthSessionEntity } from './auth-session.entity.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { LiveFollowers } from './live-followers.js';
import { PasswordVerifier } from './password-verifier.js';
import { sessionAbsoluteMs, sessionIdleMs } from './session-times.js';
import type { Actor } from './principal.js';
import { decoyPasswordHash, randomToken, sha256 } from './secrets.js';

export const sessionCookieName = 'leerkring_session';
export { sessionAbsoluteMs, sessionIdleMs } from './session-times.js';
export const failureWindowMs = 15 * 60 * 1000;
export const maxFailuresPerWindow = 5;
/** A browser that signed in is known for half a year (the lifetime of its cookie). */
export const knownDeviceMs = 180 * 24 * 60 * 60 * 1000;
export const knownDeviceCookieName = 'leerkring_device';
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const touchEveryMs = 15 * 1000;

/** `expired`: a session or token that is no longer valid (`via` says which); null: no credentials at all. */
export type Authentication =
  { actor: Omit<Actor, 'purpose' | 'requestId'> } | { expired: true; via?: 'api-token' } | null;

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly passwords: PasswordVerifier,
    private readonly followers: LiveFollowers,
    private readonly people: PeopleRepository,
    private readonly memberships: MembershipsRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly tokens: ApiTokensRepository,
    private readonly attempts: LoginAttemptsRepository,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Reads and writes outside a transaction, as each statement stands on its own. */
  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Checks e-mail and password and opens a session; one generic answer for every wrong combination. Every try is
   * counted before the password is checked, in one atomic statement per bucket, so parallel tries cannot get past the
   * limit. A browser that signed in before (its known-device cookie) is counted on its own: guessing at an account from
   * elsewhere does not lock its owner out.
   */
  async login(
    { email, password }: Login,
    { address, deviceToken }: { address: string; deviceToken?: string | undefined },
  ): Promise<{ token: string; session: AuthSessionEntity; personId: string; deviceToken: string }> {
    const now = this.clock.now().getTime();
    const person = await this.people.findByEmail(this.manager, email);
    const device = deviceToken ? await this.attempts.findDevice(this.manager, sha256(deviceToken)) : null;
    const knownDevice = device !== null && person !== null && device.personId === person.id;
    const buckets: Array<{ bucket: string; limit: number }> = knownDevice
      ? [{ bucket: `device:${device.tokenHash}`, limit: maxFailuresPerWindow }]
      : [
          { bucket: `account:${email}`, limit: maxFailuresPerWindow },
          { bucket: `address:${address}`, limit: this.config.LOGIN_ADDRESS_LIMIT },
          { bucket: 'global', limit: this.config.LOGIN_GLOBAL_LIMIT },
        ];
    for (const { bucket, limit } of buckets) {
      const counted = await this.attempts.count(this.manager, { bucket, now, windowMs: failureWindowMs });
      if (counted.attempts > limit) {
        // A parallel try may have opened the window a moment after this one read the clock: never more than the window.
        const retryAfter = Math.min(failureWindowMs, counted.windowStartedMs + failureWindowMs - now);
        throw new AuthError(
          AuthErrorCode.TOO_MANY_ATTEMPTS,
          'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
          Math.max(1, Math.ceil(retryAfter / 1000)),
        );
      }
    }
    const canUsePassword = person?.active === true && person.passwordHash !== null;
    // Verify against a decoy when there is no usable account, so the answer takes as long either way.
    const valid = await this.passwords.verify(
      canUsePassword ? person.passwordHash! : await decoyPasswordHash(),
      password,
    );
    if (!valid || !canUsePassword) {
      await this.attempts.prune(this.manager, now - failureWindowMs);
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    // Signed in: the account's (or this device's) count starts again, and the try is given back to the address and
    // global counts, which thereby count failures only.
    const [own, ...shared] = buckets.map(({ bucket }) => bucket);
    await this.attempts.forget(this.manager, own!);
    if (shared.length > 0) await this.attempts.giveBack(this.manager, shared);
    const knownToken = knownDevice ? deviceToken! : await this.rememberDevice(person.id, now);
    return { ...(await this.openSession(person.id)), deviceToken: knownToken };
  }

  /** A new known-device token for this browser; devices older than their cookie are forgotten on the way. */
  private async rememberDevice(personId: string, now: number): Promise<string> {
    const token = randomToken();
    await this.attempts.rememberDevice(this.manager, {
      tokenHash: sha256(token),
      personId,
      createdAt: new Date(now),
      forgetBefore: new Date(now - knownDeviceMs),
    });
    return token;
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
