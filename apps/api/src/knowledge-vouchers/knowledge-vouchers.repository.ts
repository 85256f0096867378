import { Injectable } from '@nestjs/common';
import type { KnowledgeVoucherListQuery, Page, Principal } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import { findPage } from '../common/pagination.js';
import { scopeToAnyContext } from '../common/scope.js';
import { KnowledgeVoucherEntity, KnowledgeVoucherLessonEntity } from './knowledge-voucher.entity.js';

const relations = {
  region: true,
  network: { municipality: true },
  expertOrganisation: true,
  evaluatedBy: true,
} as const;
const voucherContexts = [
  { column: 'voucher.regionId', contextType: 'region' },
  { column: 'voucher.networkId', contextType: 'building-team' },
] as const;
const running = "('granted', 'in-progress')";

export type VoucherChanges = Partial<Omit<KnowledgeVoucherEntity, 'id' | 'region' | 'network' | 'createdAt'>>;

/** Every query of knowledge vouchers and their lessons; each method takes the EntityManager of the transaction. */
@Injectable()
export class KnowledgeVouchersRepository {
  /**
   * One page of the vouchers the principal may read (their regions as coordinator, their networks as partner), newest
   * request first. A status filter counts expiry as of `today`, as the domain's `effectiveVoucherStatus` does.
   */
  findVisiblePage(
    manager: EntityManager,
    { principal, query, today }: { principal: Principal; query: KnowledgeVoucherListQuery; today: string },
  ): Promise<Page<KnowledgeVoucherEntity>> {
    const builder = manager
      .getRepository(KnowledgeVoucherEntity)
      .createQueryBuilder('voucher')
      .innerJoinAndSelect('voucher.region', 'region')
      .innerJoinAndSelect('voucher.network', 'network')
      .leftJoinAndSelect('voucher.expertOrganisation', 'expertOrganisation')
      .leftJoinAndSelect('voucher.evaluatedBy', 'evaluatedBy')
      .orderBy('voucher.requestedOn', 'DESC')
      .addOrderBy('voucher.id', 'ASC');
    scopeToAnyContext({ builder, contexts: voucherContexts, principal, permission: 'voucher:read' });
    if (query.regionId) builder.andWhere('voucher.regionId = :regionId', { regionId: query.regionId });
    if (query.networkId) builder.andWhere('voucher.networkId = :networkId', { networkId: query.networkId });
    if (query.status === 'expired')
      builder.andWhere(`voucher.status IN ${running} AND voucher.expiresOn < :today`, { today });
    else if (query.status === 'granted' || query.status === 'in-progress')
      builder.andWhere('voucher.status = :status AND (voucher.expiresOn IS NULL OR voucher.expiresOn >= :today)', {
        status: query.status,
        today,
      });
    else if (query.status) builder.andWhere('voucher.status = :status', { status: query.status });
    return findPage(builder, query, (voucher) => voucher);
  }

  /** Every voucher of a region, with its network's municipality (for the dashboard). */
  ofRegion(manager: EntityManager, regionId: string): Promise<KnowledgeVoucherEntity[]> {
    return manager.getRepository(KnowledgeVoucherEntity).find({ where: { regionId }, relations });
  }

  find(manager: EntityManager, id: string): Promise<KnowledgeVoucherEntity | null> {
    return manager.getRepository(KnowledgeVoucherEntity).findOne({ where: { id }, relations });
  }

  get(manager: EntityManager, id: string): Promise<KnowledgeVoucherEntity> {
    return manager.getRepository(KnowledgeVoucherEntity).findOneOrFail({ where: { id }, relations });
  }

  async insert(
    manager: EntityManager,
    voucher: Omit<
      KnowledgeVoucherEntity,
      'id' | 'region' | 'network' | 'expertOrganisation' | 'evaluatedBy' | 'createdAt' | 'updatedAt'
    >,
  ): Promise<string> {
    const { id } = await manager.getRepository(KnowledgeVoucherEntity).save(voucher);
    return id;
  }

  async update(manager: EntityManager, id: string, changes: VoucherChanges): Promise<void> {
    await manager.getRepository(KnowledgeVoucherEntity).update({ id }, changes);
  }

  /** Voucher id → its lesson ids in evaluation order. */
  async lessonIdsOf(manager: EntityManager, voucherIds: readonly string[]): Promise<Map<string, string[]>> {
    const links =
      voucherIds.length === 0
        ? []
        : await manager
            .getRepository(KnowledgeVoucherLessonEntity)
            .find({ where: { voucherId: In([...voucherIds]) }, order: { position: 'ASC' } });
    const byVoucher = new Map<string, string[]>();
    for (const link of links) byVoucher.set(link.voucherId, [...(byVoucher.get(link.voucherId) ?? []), link.lessonId]);
    return byVoucher;
  }

  async linkLessons(manager: EntityManager, voucherId: string, lessonIds: readonly string[]): Promise<void> {
    if (lessonIds.length === 0) return;
    await manager
      .getRepository(KnowledgeVoucherLessonEntity)
      .insert(lessonIds.map((lessonId, position) => ({ voucherId, lessonId, position })));
  }
}
