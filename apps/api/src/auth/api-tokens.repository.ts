import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity.js';

/** Personal API tokens; other features revoke a person's tokens here. */
@Injectable()
export class ApiTokensRepository {
  ofPerson(manager: EntityManager, personId: string): Promise<ApiTokenEntity[]> {
    return manager.getRepository(ApiTokenEntity).find({ where: { personId }, order: { createdAt: 'DESC' } });
  }

  /** A token that was not revoked, by the hash of its value. */
  findLiveByHash(manager: EntityManager, tokenHash: string): Promise<ApiTokenEntity | null> {
    return manager.getRepository(ApiTokenEntity).findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** The ones of these tokens that were not revoked. */
  findLive(manager: EntityManager, ids: string[]): Promise<ApiTokenEntity[]> {
    return manager.getRepository(ApiTokenEntity).findBy({ id: In(ids), revokedAt: IsNull() });
  }

  save(manager: EntityManager, token: Omit<ApiTokenEntity, 'id'>): Promise<ApiTokenEntity> {
    return manager.getRepository(ApiTokenEntity).save(token);
  }

  async markUsed(manager: EntityManager, id: string, lastUsedAt: Date): Promise<void> {
    await manager.getRepository(ApiTokenEntity).update({ id }, { lastUsedAt });
  }

  /** Revokes one live token of a person; false when there is none. */
  async revoke(manager: EntityManager, { id, personId, at }: { id: string; personId: string; at: Date }) {
    const result = await manager
      .getRepository(ApiTokenEntity)
      .update({ id, personId, revokedAt: IsNull() }, { revokedAt: at });
    return Boolean(result.affected);
  }

  /** Every token of a person is revoked as of now, also one revoked before (a deactivated person). */
  async revokeAllOfPerson(manager: EntityManager, personId: string, at: Date): Promise<void> {
    await manager.getRepository(ApiTokenEntity).update({ personId }, { revokedAt: at });
  }

  /** The live tokens of a person are revoked (a new password). */
  async revokeLiveOfPerson(manager: EntityManager, personId: string, at: Date): Promise<void> {
    await manager.getRepository(ApiTokenEntity).update({ personId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
