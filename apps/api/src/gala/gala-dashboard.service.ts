import { Injectable } from '@nestjs/common';
import {
  addDays,
  calendarDateAt,
  dashboardHorizonDays,
  galaAlerts,
  galaDashboard,
  scopeOf,
  type GalaAlertList,
  type GalaDashboard,
  type GalaDashboardQuery,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { AgreementVersionsRepository } from '../agreements/agreement-versions.repository.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { requireContextAccess } from '../common/team-access.js';
import { KnowledgeVouchersRepository } from '../knowledge-vouchers/knowledge-vouchers.repository.js';
import { toReference } from '../organisations/organisation.mapper.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { toGalaTaxonomyItem } from './gala-plan.mapper.js';
import { GalaPlanViews } from './gala-plan-views.js';
import { GalaPlansRepository } from './gala-plans.repository.js';
import { planNotFound } from './gala-plans.service.js';
import { GalaTaxonomyRepository } from './gala-taxonomy.repository.js';

type Region = NonNullable<Awaited<ReturnType<RegionsRepository['find']>>>;

/** The coordinator's dashboard and the start page's alerts: the API loads the rows, the domain computes the rest. */
@Injectable()
export class GalaDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionsRepository,
    private readonly plans: GalaPlansRepository,
    private readonly views: GalaPlanViews,
    private readonly taxonomy: GalaTaxonomyRepository,
    private readonly vouchers: KnowledgeVouchersRepository,
    private readonly versions: AgreementVersionsRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  dashboard(actor: Actor, regionId: string, query: GalaDashboardQuery): Promise<GalaDashboard> {
    return this.dataSource.transaction(async (manager) => {
      requireContextAccess({
        principal: actor.principal,
        context: { type: 'region', id: regionId },
        read: 'gala-plan:read',
        notFound: planNotFound,
      });
      const region = await this.regions.find(manager, regionId);
      if (!region) throw planNotFound();
      return this.of(manager, actor, region, query);
    });
  }

  alerts(actor: Actor, query: { regionId?: string | undefined }): Promise<GalaAlertList> {
    return this.dataSource.transaction(async (manager) => {
      const scope = scopeOf({ principal: actor.principal, permission: 'gala-plan:read', contextType: 'region' });
      const regionIds = scope.all ? [] : scope.ids.filter((id) => !query.regionId || id === query.regionId);
      const dashboards: GalaDashboard[] = [];
      for (const regionId of regionIds) {
        const region = await this.regions.find(manager, regionId);
        if (region) dashboards.push(await this.of(manager, actor, region, {}));
      }
      return { asOf: calendarDateAt(this.clock.now()), items: galaAlerts({ dashboards }) };
    });
  }

  /** The dashboard of a region, in the caller's transaction (the export reads it with the plans); logs the reads. */
  async of(manager: EntityManager, actor: Actor, region: Region, query: GalaDashboardQuery): Promise<GalaDashboard> {
    const now = this.clock.now();
    const planRows = await this.plans.ofRegion(manager, region.id);
    const voucherRows = await this.vouchers.ofRegion(manager, region.id);
    const versions = await this.versions.dueForReviewInRegion(manager, {
      principal: actor.principal,
      regionId: region.id,
      municipalityIds: region.municipalities.map(({ id }) => id),
      reviewLimit: addDays({ date: calendarDateAt(now), days: dashboardHorizonDays }),
    });
    await this.accessLog.recordSearch(manager, actor, { recordType: 'gala-plan' }, [
      ...planRows.map((plan) => ({ recordId: plan.id, context: { type: 'region' as const, id: region.id } })),
    ]);
    await this.accessLog.recordSearch(
      manager,
      actor,
      { recordType: 'knowledge-voucher' },
      voucherRows.map((voucher) => ({ recordId: voucher.id, context: { type: 'region' as const, id: region.id } })),
    );
    return galaDashboard({
      region: toReference(region),
      plans: await this.views.toPlans(manager, planRows),
      vouchers: voucherRows.map((voucher) => ({
        id: voucher.id,
        network: toReference(voucher.network),
        municipalityId: voucher.network.municipality.id,
        expertise: voucher.expertise,
        status: voucher.status,
        expiresOn: voucher.expiresOn,
        hoursGranted: voucher.quarterHoursGranted === null ? null : voucher.quarterHoursGranted / 4,
        hoursUsed: voucher.quarterHoursUsed / 4,
      })),
      reviews: versions.flatMap((version) => {
        const context = version.agreement.buildingTeam ?? version.agreement.learningGroup;
        return context && version.reviewDate
          ? [
              {
                agreementId: version.agreementId,
                versionId: version.id,
                title: version.agreement.title,
                context: toReference(context),
                reviewDate: version.reviewDate,
              },
            ]
          : [];
      }),
      taxonomy: (await this.taxonomy.all(manager)).map(toGalaTaxonomyItem),
      query,
      now,
    });
  }
}
