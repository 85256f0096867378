import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GalaDigestSubscriptionEntity } from './gala-digest-subscription.entity.js';

/** Every query of the digest subscriptions; each method takes the EntityManager of the transaction. */
@Injectable()
export class GalaDigestRepository {
  find(manager: EntityManager, personId: string): Promise<GalaDigestSubscriptionEntity | null> {
    return manager.getRepository(GalaDigestSubscriptionEntity).findOneBy({ personId });
  }

  async save(manager: EntityManager, personId: string, subscribed: boolean): Promise<GalaDigestSubscriptionEntity> {
    await manager.getRepository(GalaDigestSubscriptionEntity).upsert({ personId, subscribed }, ['personId']);
    return manager.getRepository(GalaDigestSubscriptionEntity).findOneByOrFail({ personId });
  }

  /** Who opted in and has not had today's digest (or everyone who opted in, when `today` is null). */
  async due(manager: EntityManager, today: string | null): Promise<string[]> {
    const builder = manager
      .getRepository(GalaDigestSubscriptionEntity)
      .createQueryBuilder('subscription')
      .select('subscription.personId', 'personId')
      .where('subscription.subscribed = :subscribed', { subscribed: true })
      .orderBy('subscription.personId', 'ASC');
    if (today !== null)
      builder.andWhere('(subscription.lastSentOn IS NULL OR subscription.lastSentOn <> :today)', { today });
    const rows: { personId: string }[] = await builder.getRawMany();
    return rows.map((row) => row.personId);
  }

  async markSent(manager: EntityManager, personId: string, day: string): Promise<void> {
    await manager.getRepository(GalaDigestSubscriptionEntity).update({ personId }, { lastSentOn: day });
  }
}
