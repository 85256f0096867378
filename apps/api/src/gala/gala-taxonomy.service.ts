import { Injectable } from '@nestjs/common';
import {
  applyTaxonomyUpdate,
  GalaPlanError,
  GalaPlanErrorCode,
  type GalaTaxonomyItem,
  type GalaTaxonomyItemCreate,
  type GalaTaxonomyItemUpdate,
  type GalaTaxonomyKind,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { AccessLogService } from '../access-log/access-log.service.js';
import { Clock } from '../common/clock.js';
import { toGalaTaxonomyItem } from './gala-plan.mapper.js';
import { GalaTaxonomyRepository } from './gala-taxonomy.repository.js';

/** The GALA lists: everyone reads them; an administrator adds items and retires them (never deletes). */
@Injectable()
export class GalaTaxonomyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: GalaTaxonomyRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  async list(kind: GalaTaxonomyKind): Promise<{ items: GalaTaxonomyItem[] }> {
    return { items: (await this.taxonomy.ofKind(this.dataSource.manager, kind)).map(toGalaTaxonomyItem) };
  }

  create(actor: Actor, kind: GalaTaxonomyKind, input: GalaTaxonomyItemCreate): Promise<GalaTaxonomyItem> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.taxonomy.find(manager, kind, input.code))
        throw new GalaPlanError(GalaPlanErrorCode.TAXONOMY_CODE_TAKEN, `De code ${input.code} bestaat al.`, [
          { path: 'code', code: 'taken', message: 'Kies een andere code: deze bestaat al (ook uitgefaseerd).' },
        ]);
      const position = await this.taxonomy.nextPosition(manager, kind);
      await this.taxonomy.save(manager, { kind, code: input.code, label: input.label, position, retiredAt: null });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'gala-taxonomy-item',
        recordId: `${kind}/${input.code}`,
      });
      return toGalaTaxonomyItem((await this.taxonomy.find(manager, kind, input.code))!);
    });
  }

  update(actor: Actor, kind: GalaTaxonomyKind, code: string, input: GalaTaxonomyItemUpdate): Promise<GalaTaxonomyItem> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.taxonomy.find(manager, kind, code);
      if (!entity)
        throw new GalaPlanError(GalaPlanErrorCode.TAXONOMY_ITEM_NOT_FOUND, 'Dit item van de GALA-lijst bestaat niet.');
      const next = applyTaxonomyUpdate({ item: toGalaTaxonomyItem(entity), update: input, now: this.clock.now() });
      await this.taxonomy.save(manager, {
        ...entity,
        label: next.label,
        retiredAt: next.retiredAt === null ? null : new Date(next.retiredAt),
      });
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'gala-taxonomy-item',
        recordId: `${kind}/${code}`,
      });
      return toGalaTaxonomyItem((await this.taxonomy.find(manager, kind, code))!);
    });
  }
}
