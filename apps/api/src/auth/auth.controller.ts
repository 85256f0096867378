import { Controller, Inject, Logger, Req, Res } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  completeSsoLogin,
  createMyApiToken,
  getMe,
  getSsoConfiguration,
  listMyApiTokens,
  listMyRecordAccess,
  login,
  logout,
  revokeMyApiToken,
  startSsoLogin,
  type AccessResult,
  type Me,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { Clock } from '../common/clock.js';
import { loggableError } from '../common/http/loggable-error.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { apiPrefix } from '../common/http/prefix.js';
import type { Config } from '../config/config.js';
import { CONFIG } from '../config/config.module.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { PeopleRepository } from '../people/people.repository.js';
import { toPerson } from '../people/person.mapper.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthService, sessionAbsoluteMs, sessionCookieName } from './auth.service.js';
import { knownDeviceCookieName, knownDeviceMs, LoginService } from './login.service.js';
import { CurrentActor, OptionalActor } from './current-actor.decorator.js';
import { OidcLogin, oidcCookieName, oidcCookiePath, oidcSettingsOf, ssoOutcomePath } from './oidc/oidc-login.js';
import { oidcTransactionTtlMs } from './oidc/oidc-transactions.js';
import type { Actor } from './principal.js';

/** The person a sign-in names, with their organisation, if there is one. */
type SigningIn = Awaited<ReturnType<PeopleRepository['findWithOrganisation']>>;

@Controller()
export class AuthController {
  private readonly logger = new Logger('SingleSignOn');
  /** Single sign-on with OpenID Connect; null when it is not configured. */
  private readonly sso: OidcLogin | null;

  constructor(
    private readonly auth: AuthService,
    private readonly logins: LoginService,
    private readonly tokens: ApiTokensService,
    private readonly memberships: MembershipsService,
    private readonly accessLog: AccessLogService,
    private readonly dataSource: DataSource,
    private readonly people: PeopleRepository,
    clock: Clock,
    @Inject(CONFIG) config: Config,
  ) {
    const settings = oidcSettingsOf(config);
    this.sso = settings
      ? new OidcLogin(
          settings,
          (email) => people.findByEmail(dataSource.manager, email),
          () => clock.now().getTime(),
        )
      : null;
  }

  @Endpoint(login)
  async login(
    @ValidInput() { body }: OperationInput<typeof login>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    const signIn = { requestId: String(request.id), purpose: 'Aanmelden' };
    let opened: Awaited<ReturnType<LoginService['login']>>;
    try {
      opened = await this.logins.login(body, {
        address: request.ip,
        deviceToken: request.cookies[knownDeviceCookieName],
      });
    } catch (error) {
      // A failed or refused sign-in is logged under the account it named, if there is one; an unknown address is not kept.
      if (
        error instanceof AuthError &&
        (error.code === AuthErrorCode.INVALID_CREDENTIALS || error.code === AuthErrorCode.TOO_MANY_ATTEMPTS)
      ) {
        const person = await this.people.findByEmailWithOrganisation(this.dataSource.manager, body.email);
        await this.logSignIn(person, {
          ...signIn,
          result: error.code === AuthErrorCode.TOO_MANY_ATTEMPTS ? 'denied' : 'failed',
        });
      }
      throw error;
    }
    const { token, session, personId, deviceToken } = opened;
    // No session fixation: a session this browser had before ends here, and the new one has a new id.
    const earlier = request.cookies?.[sessionCookieName];
    if (earlier) await this.auth.endSessionOfToken(earlier);
    await this.logSignIn(await this.personOf(personId), { ...signIn, result: 'success' });
    setSessionCookie(request, reply, token);
    // Known to this server from now on: its sign-ins are counted apart from everybody else's tries at the account.
    void reply.setCookie(knownDeviceCookieName, deviceToken, {
      path: `${apiPrefix}${login.path}`,
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: Math.floor(knownDeviceMs / 1000),
    });
    return this.describe(personId, session.csrfToken);
  }

  @Endpoint(logout)
  async logout(
    @OptionalActor() actor: Actor | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (actor?.via.kind === 'session') {
      await this.auth.logout(actor.via.sessionId);
      await this.dataSource.transaction((manager) =>
        this.accessLog.record(manager, actor, {
          event: 'delete',
          recordType: 'session',
          recordOwnerId: actor.person.id,
        }),
      );
    }
    void reply.clearCookie(sessionCookieName, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
    });
  }

  @Endpoint(getSsoConfiguration)
  ssoConfiguration() {
    return { enabled: this.sso !== null, name: this.sso?.settings.name ?? null };
  }

  @Endpoint(startSsoLogin)
  async startSso(
    @ValidInput() { query }: OperationInput<typeof startSsoLogin>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const sso = this.requireSso();
    const started = await sso.start(query.returnTo);
    if (!started) return redirect(reply, ssoOutcomePath('failed'));
    void reply.setCookie(oidcCookieName, started.transactionId, {
      ...oidcCookieOptions(request),
      maxAge: Math.floor(oidcTransactionTtlMs / 1000),
    });
    redirect(reply, started.url);
  }

  /** Never answers an error page to the browser: anything that goes wrong sends it back to the sign-in page. */
  @Endpoint(completeSsoLogin)
  async completeSso(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const sso = this.requireSso();
    // The transaction is taken, whatever comes of it; its cookie goes with it.
    const transactionId = request.cookies[oidcCookieName];
    void reply.clearCookie(oidcCookieName, oidcCookieOptions(request));
    try {
      // The raw query, as the provider sent it: the checks of the answer (state, iss, error) need all of it.
      const outcome = await sso.complete({ transactionId, query: request.url.split('?').slice(1).join('?') });
      if (outcome.kind !== 'signed-in') return redirect(reply, ssoOutcomePath(outcome.kind));
      const earlier = request.cookies?.[sessionCookieName];
      if (earlier) await this.auth.endSessionOfToken(earlier);
      const { token } = await this.auth.openSession(outcome.personId);
      await this.logSignIn(await this.personOf(outcome.personId), {
        requestId: String(request.id),
        purpose: 'Aanmelden met single sign-on',
        result: 'success',
      });
      setSessionCookie(request, reply, token);
      redirect(reply, outcome.returnTo);
    } catch (error) {
      this.logger.error(`Single sign-on could not open a session: ${loggableError(error).message}`);
      redirect(reply, ssoOutcomePath('failed'));
    }
  }

  @Endpoint(getMe)
  me(@CurrentActor() actor: Actor): Promise<Me> {
    return this.describe(actor.person.id, actor.via.kind === 'session' ? actor.via.csrfToken : null);
  }

  @Endpoint(listMyApiTokens)
  async listTokens(@CurrentActor() actor: Actor) {
    return { items: await this.tokens.list(actor) };
  }

  @Endpoint(createMyApiToken)
  createToken(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createMyApiToken>) {
    return this.tokens.create(actor, body);
  }

  @Endpoint(revokeMyApiToken)
  revokeToken(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof revokeMyApiToken>) {
    return this.tokens.revoke(actor, params.tokenId);
  }

  @Endpoint(listMyRecordAccess)
  myRecordAccess(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listMyRecordAccess>) {
    return this.accessLog.list(actor, { ...query, recordOwnerId: actor.person.id });
  }

  private personOf(personId: string): Promise<SigningIn> {
    return this.people.findWithOrganisation(this.dataSource.manager, personId);
  }

  /** A sign-in is a session created (NEN 7513 `create` of a `session`), by the person it names, whether or not it succeeded. */
  private async logSignIn(
    person: SigningIn,
    { requestId, purpose, result }: { requestId: string; purpose: string; result: AccessResult },
  ): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.accessLog.recordEvent(manager, {
        event: 'create',
        recordType: 'session',
        recordId: null,
        recordOwnerId: person?.id ?? null,
        personId: person?.id ?? null,
        personName: person?.name ?? null,
        role: person ? (person.isAdmin ? 'admin' : 'signed-in') : 'anonymous',
        organisationId: person?.organisationId ?? null,
        organisationName: person?.organisation?.name ?? null,
        onBehalfOf: null,
        purpose,
        result,
        requestId,
      }),
    );
  }

  private requireSso(): OidcLogin {
    if (!this.sso) throw new AuthError(AuthErrorCode.SSO_DISABLED, 'Single sign-on is op deze server niet ingesteld.');
    return this.sso;
  }

  private async describe(personId: string, csrfToken: string | null): Promise<Me> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people.loadWithOrganisation(manager, personId);
      return {
        person: toPerson(person),
        memberships: await this.memberships.ofPerson(manager, personId),
        csrfToken,
        authenticatedBy: csrfToken === null ? 'api-token' : 'session',
      };
    });
  }
}

/** http-only and SameSite=Lax always; Secure whenever the request came over https. */
function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: Math.floor(sessionAbsoluteMs / 1000),
  });
}

/** The transaction cookie of single sign-on: sent back on the provider's top-level redirect (Lax), to its endpoints only. */
function oidcCookieOptions(request: FastifyRequest) {
  return { path: oidcCookiePath, httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

/** A 302 (the operation's status) to `location`, never cached: the handler of a redirect operation sets it itself. */
function redirect(reply: FastifyReply, location: string): void {
  void reply.header('Location', location).header('Cache-Control', 'no-store');
}
