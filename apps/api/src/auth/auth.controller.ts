import { Controller, Req, Res } from '@nestjs/common';
import {
  createMyApiToken,
  getMe,
  getSsoConfiguration,
  listMyApiTokens,
  listMyRecordAccess,
  login,
  logout,
  revokeMyApiToken,
  type Me,
  type OperationInput,
} from '@leerkring/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { PersonEntity } from '../people/person.entity.js';
import { toPerson } from '../people/person.mapper.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthService, sessionAbsoluteMs, sessionCookieName } from './auth.service.js';
import { CurrentActor, OptionalActor } from './current-actor.decorator.js';
import type { Actor } from './principal.js';


@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: ApiTokensService,
    private readonly memberships: MembershipsService,
    private readonly accessLog: AccessLogService,
    private readonly dataSource: DataSource,
  ) {}

  @Endpoint(login)
  async login(
    @ValidInput() { body }: OperationInput<typeof login>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Me> {
    const { token, session, personId } = await this.auth.login(body);
    setSessionCookie(request, reply, token);
    return this.describe(personId, session.csrfToken);
  }

  @Endpoint(logout)
  async logout(@OptionalActor() actor: Actor | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (actor?.via.kind === 'session') await this.auth.logout(actor.via.sessionId);
    void reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
  }

  @Endpoint(getSsoConfiguration)
  sso() {
    return { enabled: false, name: null };
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
    return this.tokens.create(actor, body.name);
  }

  @Endpoint(revokeMyApiToken)
  revokeToken(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof revokeMyApiToken>) {
    return this.tokens.revoke(actor, params.tokenId);
  }

  @Endpoint(listMyRecordAccess)
  myRecordAccess(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listMyRecordAccess>) {
    return this.accessLog.list(actor, { ...query, recordOwnerId: actor.person.id });
  }

  private async describe(personId: string, csrfToken: string | null): Promise<Me> {
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.getRepository(PersonEntity).findOneOrFail({ where: { id: personId }, relations: { organisation: true } });
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
