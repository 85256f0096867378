import { Injectable } from '@nestjs/common';
import {
  assembleGalaImport,
  galaPeriodBounds,
  GalaSpreadsheetError,
  GalaSpreadsheetErrorCode,
  importErrorParam,
  readGalaWorkbook,
  type GalaImportError,
  type GalaImportReport,
  type ImportedGalaPlan,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { galaPlanColumns, toGalaPlanDraft, toGalaTaxonomyItem } from '../gala/gala-plan.mapper.js';
import { GalaPlansRepository } from '../gala/gala-plans.repository.js';
import { GalaTaxonomyRepository } from '../gala/gala-taxonomy.repository.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { StoredGalaPlan } from './plan-names.js';
import { regionNotFound, requireRegion } from './region-access.js';
import { UnreadableWorkbookError, WorkbookTooLargeError, workbookSheets } from './workbook-file.js';

/** How many wrong rows a refused import names in its problem (the preview lists them all). */
const namedErrorLimit = 500;

interface Assembled {
  count: number;
  errors: GalaImportError[];
  plans: ImportedGalaPlan[];
  existing: Map<string | null, StoredGalaPlan>;
  names: Map<string, string>;
}

/**
 * Importing a region's plans from a workbook: read (outside any transaction: parsing is the slow part), resolved
 * against the region's municipalities, the organisations and the lists, every plan rule applied. The preview stores
 * nothing; the import stores everything in one transaction, or nothing when any row is wrong.
 */
@Injectable()
export class GalaImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionsRepository,
    private readonly plans: GalaPlansRepository,
    private readonly taxonomy: GalaTaxonomyRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  async preview(actor: Actor, regionId: string, bytes: Uint8Array): Promise<GalaImportReport> {
    requireRegion(actor, regionId, 'gala-plan:write');
    const sheets = await readSheets(bytes);
    return this.dataSource.transaction(async (manager) => report(await this.assemble(manager, regionId, sheets)));
  }

  async import(actor: Actor, regionId: string, bytes: Uint8Array): Promise<GalaImportReport> {
    requireRegion(actor, regionId, 'gala-plan:write');
    const sheets = await readSheets(bytes);
    return this.dataSource.transaction(async (manager) => {
      const assembled = await this.assemble(manager, regionId, sheets);
      if (assembled.errors.length > 0) throw refused(assembled.errors);
      const now = this.clock.now();
      const ids = new Map<string | null, string>();
      for (const { municipalityId, draft } of assembled.plans) {
        const existing = assembled.existing.get(municipalityId);
        const authors = new Map(existing?.progressNotes.map((note) => [note.id, note.authorId]));
        const columns = galaPlanColumns(draft, { authorOf: (noteId) => authors.get(noteId) ?? actor.person.id });
        if (existing) {
          const updated = await this.plans.guardedUpdate(manager, {
            id: existing.id,
            expected: existing.revision,
            changes: columns,
            updatedById: actor.person.id,
            updatedAt: now,
          });
          if (!updated)
            throw new GalaSpreadsheetError(
              GalaSpreadsheetErrorCode.IMPORT_CONFLICT,
              'Een plan van deze regio werd tegelijk gewijzigd; er is niets opgeslagen. Probeer het opnieuw.',
            );
          ids.set(municipalityId, existing.id);
        } else {
          const id = await this.plans.insert(manager, {
            ...columns,
            regionId,
            municipalityId,
            revision: 1,
            createdById: actor.person.id,
            updatedById: actor.person.id,
          });
          ids.set(municipalityId, id);
        }
      }
      await this.accessLog.recordMany(
        manager,
        actor,
        assembled.plans.map(({ municipalityId }) => ({
          event: assembled.existing.has(municipalityId) ? ('update' as const) : ('create' as const),
          recordType: 'gala-plan',
          recordId: ids.get(municipalityId)!,
          context: { type: 'region' as const, id: regionId },
        })),
      );
      return report(assembled, ids);
    });
  }

  private async assemble(
    manager: EntityManager,
    regionId: string,
    sheets: Map<string, unknown[][]> | GalaImportError,
  ): Promise<Assembled> {
    const region = await this.regions.find(manager, regionId);
    if (!region) throw regionNotFound();
    const names = new Map(region.municipalities.map((municipality) => [municipality.id, municipality.name]));
    if (!(sheets instanceof Map)) return { count: 0, errors: [sheets], plans: [], existing: new Map(), names };
    const { rows, count, errors } = readGalaWorkbook({ sheets });
    const partnerNames = rows.actions.flatMap(({ value }) => value.partner ?? []);
    const partners = await this.organisations.findByNamesIgnoringCase(manager, partnerNames);
    // One plan per municipality is replaced: of several (other periods), the latest.
    const existing = new Map<string | null, StoredGalaPlan>();
    for (const plan of await this.plans.ofRegion(manager, regionId)) existing.set(plan.municipalityId, plan);
    const assembled = assembleGalaImport({
      regionId,
      period: { ...galaPeriodBounds },
      ...rows,
      municipalities: region.municipalities,
      partners,
      taxonomy: (await this.taxonomy.all(manager)).map(toGalaTaxonomyItem),
      existingPlans: [...existing.values()].map(toGalaPlanDraft),
    });
    return { count, errors: [...errors, ...assembled.errors], plans: assembled.plans, existing, names };
  }
}

async function readSheets(bytes: Uint8Array): Promise<Map<string, unknown[][]> | GalaImportError> {
  try {
    return await workbookSheets(bytes);
  } catch (error) {
    if (error instanceof WorkbookTooLargeError)
      throw new GalaSpreadsheetError(
        GalaSpreadsheetErrorCode.WORKBOOK_TOO_LARGE,
        `${error.message} Deel het bestand op, of laat lege rijen en bladen weg; er is niets opgeslagen.`,
        [{ name: 'body', reason: error.message, code: 'workbook-too-large' }],
      );
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    return { sheet: 'Bestand', row: null, column: null, code: 'unreadable-file', message: error.message };
  }
}

function refused(errors: readonly GalaImportError[]): GalaSpreadsheetError {
  const named = errors.slice(0, namedErrorLimit).map(importErrorParam);
  const more = errors.length > namedErrorLimit ? ` De eerste ${namedErrorLimit} staan hieronder.` : '';
  return new GalaSpreadsheetError(
    GalaSpreadsheetErrorCode.IMPORT_INVALID,
    `Het bestand heeft ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}; er is niets opgeslagen.${more}`,
    named,
  );
}

function report(
  { count, errors, plans, existing, names }: Assembled,
  ids: ReadonlyMap<string | null, string> = new Map(),
): GalaImportReport {
  return {
    rows: count,
    errors,
    plans:
      errors.length > 0
        ? []
        : plans.map(({ municipalityId, draft }) => ({
            planId: ids.get(municipalityId) ?? existing.get(municipalityId)?.id ?? null,
            municipality:
              municipalityId === null ? null : { id: municipalityId, name: names.get(municipalityId) ?? '' },
            change: existing.has(municipalityId) ? ('replace' as const) : ('create' as const),
            budgetLines: draft.budget.length,
            milestones: draft.milestones.length,
            actions: draft.actions.length,
          })),
  };
}
