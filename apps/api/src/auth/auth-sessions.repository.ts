import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuthSessionEntity } from './auth-session.entity.js';

/** Server-side sessions; other features end a person's sessions here. */
@Injectable()
export class AuthSessionsRepository {
  save(manager: EntityManager, session: AuthSessionEntity): Promise<AuthSessionEntity> {
    return manager.getRepository(AuthSessionEntity).save(session);
  }

  find(manager: EntityManager, id: string): Promise<AuthSessionEntity | null> {
    return manager.getRepository(AuthSessionEntity).findOneBy({ id });
  }

  findMany(manager: EntityManager, ids: string[]): Promise<AuthSessionEntity[]> {
    return manager.getRepository(AuthSessionEntity).findBy({ id: In(ids) });
  }

  async touch(manager: EntityManager, id: string, lastSeenAt: Date): Promise<void> {
    await manager.getRepository(AuthSessionEntity).update({ id }, { lastSeenAt });
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(AuthSessionEntity).delete({ id });
  }

  /** Every session of a person ends (deactivated, or a new password). */
  async deleteOfPerson(manager: EntityManager, personId: string): Promise<void> {
    await manager.getRepository(AuthSessionEntity).delete({ personId });
  }
}
