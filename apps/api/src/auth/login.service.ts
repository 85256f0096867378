import { Inject, Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, type Login } from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { PeopleRepository } from '../people/people.repository.js';
import type { AuthSessionEntity } from './auth-session.entity.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { PasswordVerifier } from './password-verifier.js';
import { decoyPasswordHash, randomToken, sha256 } from '../common/secrets.js';

export const failureWindowMs = 15 * 60 * 1000;
export const maxFailuresPerWindow = 5;
/** A browser that signed in is known for half a year (the lifetime of its cookie). */
export const knownDeviceMs = 180 * 24 * 60 * 60 * 1000;
export const knownDeviceCookieName = 'leerkring_device';

/** Signing in with e-mail and password, with the limits on tries per account, address, device and in all. */
@Injectable()
export class LoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly passwords: PasswordVerifier,
    private readonly sessions: AuthService,
    private readonly people: PeopleRepository,
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
    return { ...(await this.sessions.openSession(person.id)), deviceToken: knownToken };
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
}
