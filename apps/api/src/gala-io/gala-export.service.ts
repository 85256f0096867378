import { Injectable } from '@nestjs/common';
import {
  actionStatusWords,
  csvDocument,
  galaCalendar,
  galaCsvTopics,
  galaExportSheetNames,
  galaExportSheets,
  galaImportSheets,
  milestoneStatusWords,
  regionWideLabel,
  type GalaCsvTopic,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { GalaDashboardService } from '../gala/gala-dashboard.service.js';
import { GalaPlansRepository } from '../gala/gala-plans.repository.js';
import { GalaTaxonomyRepository } from '../gala/gala-taxonomy.repository.js';
import { KnowledgeVouchersRepository } from '../knowledge-vouchers/knowledge-vouchers.repository.js';
import { toReference } from '../organisations/organisation.mapper.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { GalaPlanNames } from './plan-names.js';
import { regionNotFound, requireRegion } from './region-access.js';
import { workbookBytes, type SheetCell } from './workbook-file.js';

/** A region's plans and dashboard out of Leerkring: the template, XLSX, CSV and iCalendar. Every export is logged. */
@Injectable()
export class GalaExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionsRepository,
    private readonly plans: GalaPlansRepository,
    private readonly names: GalaPlanNames,
    private readonly taxonomy: GalaTaxonomyRepository,
    private readonly dashboards: GalaDashboardService,
    private readonly vouchers: KnowledgeVouchersRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  /** The empty template, with a sheet that explains the columns and lists the allowed values. */
  async template(): Promise<Buffer> {
    const blocks = await this.dataSource.transaction((manager) => this.taxonomy.all(manager));
    const header = (sheet: keyof typeof galaImportSheets) =>
      galaImportSheets[sheet].columns.map(({ header }) => header);
    const help: SheetCell[][] = [
      ['Onderwerp', 'Toelichting'],
      ['Gemeente', `De naam van een gemeente van de regio, of ‘${regionWideLabel}’ voor het plan van de hele regio.`],
      ['Begroting', 'Eén regel per gemeente × bouwsteen × jaar; bedragen in euro (getallen), besteed leeg is 0.'],
      ['Mijlpalen', 'Eén regel per mijlpaal; datums als datumcel of als 30-04-2025.'],
      ['Acties', 'Eén regel per actie; de partnerorganisatie bij haar naam in Leerkring.'],
      ['Status mijlpaal', Object.values(milestoneStatusWords).join(', ')],
      ['Status actie', Object.values(actionStatusWords).join(', ')],
      ...blocks
        .filter((item) => item.kind === 'budget-block' && item.retiredAt === null)
        .map((item): SheetCell[] => [`Bouwsteen ${item.code}`, item.label.nl]),
    ];
    return workbookBytes([
      { name: galaImportSheets.budget.name, rows: [header('budget')] },
      { name: galaImportSheets.milestones.name, rows: [header('milestones')] },
      { name: galaImportSheets.actions.name, rows: [header('actions')] },
      { name: 'Toelichting', rows: help },
    ]);
  }

  async xlsx(actor: Actor, regionId: string): Promise<Buffer> {
    const sheets = await this.sheets(actor, regionId);
    return workbookBytes(galaCsvTopics.map((topic) => ({ name: galaExportSheetNames[topic], rows: sheets[topic] })));
  }

  async csv(actor: Actor, regionId: string, topic: GalaCsvTopic): Promise<string> {
    return csvDocument({ rows: (await this.sheets(actor, regionId))[topic] });
  }

  /** Milestones and voucher expiry dates of the region as an .ics calendar. */
  calendar(actor: Actor, regionId: string): Promise<string> {
    requireRegion(actor, regionId);
    return this.dataSource.transaction(async (manager) => {
      const region = await this.regions.find(manager, regionId);
      if (!region) throw regionNotFound();
      const plans = await this.names.named(manager, await this.plans.ofRegion(manager, regionId));
      const vouchers = await this.vouchers.ofRegion(manager, regionId);
      await this.logExport(manager, actor, regionId, { plans, vouchers });
      return galaCalendar({
        region: toReference(region),
        plans,
        vouchers: vouchers.map((voucher) => ({ ...voucher, network: toReference(voucher.network) })),
        now: this.clock.now(),
      });
    });
  }

  private sheets(actor: Actor, regionId: string) {
    requireRegion(actor, regionId);
    return this.dataSource.transaction(async (manager) => {
      const region = await this.regions.find(manager, regionId);
      if (!region) throw regionNotFound();
      const dashboard = await this.dashboards.of(manager, actor, region, {});
      const plans = await this.names.named(manager, await this.plans.ofRegion(manager, regionId));
      const vouchers = await this.vouchers.ofRegion(manager, regionId);
      await this.logExport(manager, actor, regionId, { plans, vouchers });
      return galaExportSheets({ plans, dashboard });
    });
  }

  /** One `export` entry per plan and voucher that left the system. */
  private async logExport(
    manager: EntityManager,
    actor: Actor,
    regionId: string,
    { plans, vouchers }: { plans: readonly { id: string }[]; vouchers: readonly { id: string }[] },
  ): Promise<void> {
    const context = { type: 'region' as const, id: regionId };
    await this.accessLog.recordMany(manager, actor, [
      ...plans.map((plan) => ({ event: 'export' as const, recordType: 'gala-plan', recordId: plan.id, context })),
      ...vouchers.map((voucher) => ({
        event: 'export' as const,
        recordType: 'knowledge-voucher',
        recordId: voucher.id,
        context,
      })),
    ]);
    if (plans.length + vouchers.length === 0)
      await this.accessLog.record(manager, actor, { event: 'export', recordType: 'gala-plan', context });
  }
}
