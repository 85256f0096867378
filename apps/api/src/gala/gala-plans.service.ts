import { Injectable } from '@nestjs/common';
import { GalaPlanError, GalaPlanErrorCode, type GalaPlan, type GalaPlanListQuery, type Page } from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { requireContextAccess } from '../common/team-access.js';
import type { GalaPlanEntity } from './gala-plan.entity.js';
import { GalaPlanViews } from './gala-plan-views.js';
import { GalaPlansRepository } from './gala-plans.repository.js';

export const planNotFound = () => new GalaPlanError(GalaPlanErrorCode.NOT_FOUND, 'Dit GALA-plan bestaat niet.');

/** A plan the caller may see (a coordinator of its region), else it does not exist for them: 404. */
export async function visiblePlanOrNotFound({
  manager,
  plans,
  actor,
  id,
  act,
}: {
  manager: EntityManager;
  plans: GalaPlansRepository;
  actor: Actor;
  id: string;
  act?: 'gala-plan:write';
}): Promise<GalaPlanEntity> {
  const plan = await plans.find(manager, id);
  if (!plan) throw planNotFound();
  requireContextAccess({
    principal: actor.principal,
    context: { type: 'region', id: plan.regionId },
    read: 'gala-plan:read',
    ...(act ? { act } : {}),
    notFound: planNotFound,
  });
  return plan;
}

/** Reading GALA plans: the list (scoped to the caller's regions in the query) and one plan. */
@Injectable()
export class GalaPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: GalaPlansRepository,
    private readonly views: GalaPlanViews,
    private readonly accessLog: AccessLogService,
  ) {}

  list(actor: Actor, query: GalaPlanListQuery): Promise<Page<GalaPlan>> {
    return this.dataSource.transaction(async (manager) => {
      const page = await this.plans.findVisiblePage(manager, actor.principal, query);
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'gala-plan' },
        page.items.map((plan) => ({ recordId: plan.id, context: { type: 'region' as const, id: plan.regionId } })),
      );
      return { meta: page.meta, items: await this.views.toPlans(manager, page.items) };
    });
  }

  get(actor: Actor, id: string): Promise<GalaPlan> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await visiblePlanOrNotFound({ manager, plans: this.plans, actor, id });
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'gala-plan',
        recordId: id,
        context: { type: 'region', id: plan.regionId },
      });
      return this.views.toPlan(manager, plan);
    });
  }
}
