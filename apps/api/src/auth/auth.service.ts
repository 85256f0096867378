import { Inject, Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, isApiTokenExpired, type Login, type Principal } from '@leerkring/domain';
import type { FastifyRequest } from 'fastify';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { KnownDeviceEntity } from './known-device.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
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
const pruneBatch = 100;
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
    @Inject(CONFIG) private readonly config: Config,
  ) {}

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
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ email });
    const device = deviceToken
      ? await this.dataSource.getRepository(KnownDeviceEntity).findOneBy({ tokenHash: sha256(deviceToken) })
      : null;
    const knownDevice = device !== null && person !== null && device.personId === person.id;
    const buckets: Array<{ bucket: string; limit: number }> = knownDevice
      ? [{ bucket: `device:${device.tokenHash}`, limit: maxFailuresPerWindow }]
      : [
          { bucket: `account:${email}`, limit: maxFailuresPerWindow },
          { bucket: `address:${address}`, limit: this.config.LOGIN_ADDRESS_LIMIT },
          { bucket: 'global', limit: this.config.LOGIN_GLOBAL_LIMIT },
        ];
    for (const { bucket, limit } of buckets) {
      const counted = await this.countAttempt(bucket, now);
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
      await this.pruneAttempts(now);
      throw new AuthError(AuthErrorCode.INVALID_CREDENTIALS, 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    // Signed in: the account's (or this device's) count starts again, and the try is given back to the address and
    // global counts, which thereby count failures only.
    const [own, ...shared] = buckets.map(({ bucket }) => bucket);
    await this.dataSource.getRepository(LoginAttemptEntity).delete({ bucket: own! });
    if (shared.length > 0) {
      await this.dataSource
        .createQueryBuilder()
        .update(LoginAttemptEntity)
        .set({ attempts: () => 'attempts - 1' })
        .where({ bucket: In(shared) })
        .andWhere('attempts > 0')
        .execute();
    }
    const knownToken = knownDevice ? deviceToken! : await this.rememberDevice(person.id, now);
    return { ...(await this.openSession(person.id)), deviceToken: knownToken };
  }

  /**
   * One UPSERT … RETURNING: atomic on PostgreSQL (the row is locked by the conflict) and on SQLite (one statement), so
   * no two tries read the same count. A window older than 15 minutes starts again at 1.
   */
  private async countAttempt(bucket: string, now: number): Promise<{ attempts: number; windowStartedMs: number }> {
    const p = this.placeholder;
    const rows: Array<{ attempts: number | string; window_started_ms: number | string }> = await this.dataSource.query(
      `INSERT INTO login_attempt (bucket, attempts, window_started_ms) VALUES (${p(1)}, 1, ${p(2)})
       ON CONFLICT (bucket) DO UPDATE SET
         attempts = CASE WHEN login_attempt.window_started_ms <= ${p(3)} THEN 1 ELSE login_attempt.attempts + 1 END,
         window_started_ms = CASE WHEN login_attempt.window_started_ms <= ${p(4)} THEN excluded.window_started_ms ELSE login_attempt.window_started_ms END
       RETURNING attempts, window_started_ms`,
      [bucket, now, now - failureWindowMs, now - failureWindowMs],
    );
    return { attempts: Number(rows[0]!.attempts), windowStartedMs: Number(rows[0]!.window_started_ms) };
  }

  /** Forgets counts whose window ended, a bounded number at a time, so the table stays as small as the live windows. */
  private async pruneAttempts(now: number): Promise<void> {
    const p = this.placeholder;
    await this.dataSource.query(
      `DELETE FROM login_attempt WHERE bucket IN (SELECT bucket FROM login_attempt WHERE window_started_ms <= ${p(1)} LIMIT ${pruneBatch})`,
      [now - failureWindowMs],
    );
  }

  /** A new known-device token for this browser; devices older than their cookie are forgotten on the way. */
  private async rememberDevice(personId: string, now: number): Promise<string> {
    const devices = this.dataSource.getRepository(KnownDeviceEntity);
    await devices.delete({ personId, createdAt: LessThan(new Date(now - knownDeviceMs)) });
    const token = randomToken();
    await devices.insert({ tokenHash: sha256(token), personId, createdAt: new Date(now) });
    return token;
  }

  /** The n-th parameter of a raw statement, in order: `$n` on PostgreSQL, `?` on SQLite. */
  private readonly placeholder = (index: number) => (this.dataSource.options.type === 'postgres' ? `$${index}` : '?');

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
    this.followers.closeSession(sessionId);
  }

  /** Ends the session of this cookie value, if there is one (at sign-in, against session fixation). */
  async endSessionOfToken(token: string): Promise<void> {
    await this.dataSource.getRepository(AuthSessionEntity).delete({ id: sha256(token) });
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
    if (now - session.lastSeenAt.getTime() > touchEveryMs)
      await sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
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
    return {
      actor: {
        ...loaded,
        via: { kind: 'api-token', tokenId: apiToken.id, tokenName: apiToken.name, scope: apiToken.scope },
      },
    };
  }

  /** The person with their roles per context; null when they no longer exist or are inactive. */
  async loadPrincipal(personId: string): Promise<Pick<Actor, 'principal' | 'person'> | null> {
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .findOne({ where: { id: personId }, relations: { organisation: true } });
    if (!person || !person.active) return null;
    // A pending or rejected grant confers nothing.
    const memberships = await this.dataSource.getRepository(MembershipEntity).findBy({ personId, status: 'active' });
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
