import type { ApiToken } from '@leerkring/domain';
import type { ApiTokenEntity } from './api-token.entity.js';

export function toApiToken(entity: ApiTokenEntity): ApiToken {
  return {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    scope: entity.scope,
    createdAt: entity.createdAt.toISOString(),
    expiresAt: entity.expiresAt.toISOString(),
    lastUsedAt: entity.lastUsedAt?.toISOString() ?? null,
    revokedAt: entity.revokedAt?.toISOString() ?? null,
  };
}
