import { Injectable } from '@nestjs/common';
import {
  apiTokenExpiresAt,
  AuthError,
  AuthErrorCode,
  type ApiToken,
  type ApiTokenCreate,
  type ApiTokenCreated,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { Clock } from '../common/clock.js';
import { toApiToken } from './api-token.mapper.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import type { Actor } from './principal.js';
import { randomToken, sha256 } from '../common/secrets.js';

/** Recognisable prefix, so a leaked token is easy to find in code and logs (and to scan for). */
const tokenPrefix = 'lk_';

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogService,
    private readonly tokens: ApiTokensRepository,
  ) {}

  async list(actor: Actor): Promise<ApiToken[]> {
    const tokens = await this.tokens.ofPerson(this.dataSource.manager, actor.person.id);
    return tokens.map(toApiToken);
  }

  async create(actor: Actor, { name, scope, expiresInDays }: ApiTokenCreate): Promise<ApiTokenCreated> {
    const token = `${tokenPrefix}${randomToken()}`;
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.tokens.save(manager, {
        personId: actor.person.id,
        name,
        tokenHash: sha256(token),
        prefix: token.slice(0, 10),
        scope,
        createdAt: now,
        expiresAt: apiTokenExpiresAt(now, expiresInDays),
        lastUsedAt: null,
        revokedAt: null,
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'api-token',
        recordId: saved.id,
        recordOwnerId: actor.person.id,
      });
      return { ...toApiToken(saved), token };
    });
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const revoked = await this.tokens.revoke(manager, { id, personId: actor.person.id, at: this.clock.now() });
      if (!revoked) throw new AuthError(AuthErrorCode.TOKEN_NOT_FOUND, 'Dit token bestaat niet of is al ingetrokken.');
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'api-token',
        recordId: id,
        recordOwnerId: actor.person.id,
      });
    });
  }
}
