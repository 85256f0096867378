import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';

/** One-time links to set a new password (only their hash is stored). */
@Injectable()
export class PasswordResetsRepository {
  findByHash(manager: EntityManager, tokenHash: string): Promise<PasswordResetTokenEntity | null> {
    return manager.getRepository(PasswordResetTokenEntity).findOneBy({ tokenHash });
  }

  /** An earlier, unused link of the person stops working now. */
  async expireUnused(manager: EntityManager, personId: string, at: Date): Promise<void> {
    await manager.getRepository(PasswordResetTokenEntity).update({ personId, usedAt: IsNull() }, { expiresAt: at });
  }

  /** Creates a link; returns its id. */
  async create(
    manager: EntityManager,
    link: Pick<PasswordResetTokenEntity, 'personId' | 'tokenHash' | 'requestedById' | 'createdAt' | 'expiresAt'>,
  ): Promise<string> {
    const tokens = manager.getRepository(PasswordResetTokenEntity);
    const { id } = await tokens.save(tokens.create(link));
    return id;
  }

  /** Marks a link used; false when it already was (used-once is decided in the UPDATE itself). */
  async use(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const taken = await manager
      .createQueryBuilder()
      .update(PasswordResetTokenEntity)
      .set({ usedAt: at })
      .where('id = :id AND used_at IS NULL', { id })
      .execute();
    return taken.affected === 1;
  }
}
