import { Injectable } from '@nestjs/common';
import { calendarDateAt, type KnowledgeVoucher, type KnowledgeVoucherListQuery, type Page } from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { requireVoucherAccess, voucherNotFound } from './knowledge-voucher-access.js';
import type { KnowledgeVoucherEntity } from './knowledge-voucher.entity.js';
import { toKnowledgeVoucher } from './knowledge-voucher.mapper.js';
import { KnowledgeVouchersRepository } from './knowledge-vouchers.repository.js';

/** Reading knowledge vouchers: the list (scoped in the query) and one voucher, with their status as of now. */
@Injectable()
export class KnowledgeVouchersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vouchers: KnowledgeVouchersRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, query: KnowledgeVoucherListQuery): Promise<Page<KnowledgeVoucher>> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const page = await this.vouchers.findVisiblePage(manager, {
        principal: actor.principal,
        query,
        today: calendarDateAt(now),
      });
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'knowledge-voucher' },
        page.items.map((voucher) => ({
          recordId: voucher.id,
          context: { type: 'region' as const, id: voucher.regionId },
        })),
      );
      const lessons = await this.vouchers.lessonIdsOf(
        manager,
        page.items.map((voucher) => voucher.id),
      );
      return {
        meta: page.meta,
        items: page.items.map((voucher) => toKnowledgeVoucher(voucher, lessons.get(voucher.id) ?? [], now)),
      };
    });
  }

  get(actor: Actor, id: string): Promise<KnowledgeVoucher> {
    return this.dataSource.transaction(async (manager) => {
      const voucher = await this.visible(manager, actor, id);
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'knowledge-voucher',
        recordId: id,
        context: { type: 'region', id: voucher.regionId },
      });
      return this.answer(manager, id);
    });
  }

  /** A voucher the caller may see, else 404; with `act`, one they may also do this to, else 403. */
  async visible(
    manager: EntityManager,
    actor: Actor,
    id: string,
    act?: 'voucher:write' | 'voucher:evaluate',
  ): Promise<KnowledgeVoucherEntity> {
    const voucher = await this.vouchers.find(manager, id);
    if (!voucher) throw voucherNotFound();
    requireVoucherAccess({ principal: actor.principal, voucher, ...(act ? { act } : {}) });
    return voucher;
  }

  /** The voucher as stored now, as answered. */
  async answer(manager: EntityManager, id: string): Promise<KnowledgeVoucher> {
    const lessons = await this.vouchers.lessonIdsOf(manager, [id]);
    return toKnowledgeVoucher(await this.vouchers.get(manager, id), lessons.get(id) ?? [], this.clock.now());
  }
}
