import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  applyGalaPlanUpdate,
  galaPlanDraftFromCreate,
  galaPlanEtag,
  galaPlanViolations,
  GalaPlanError,
  GalaPlanErrorCode,
  onePlanPerPeriodViolations,
  type GalaPlan,
  type GalaPlanCreate,
  type GalaPlanDraft,
  type GalaPlanUpdate,
  type RuleViolation,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { violatedUniqueConstraint } from '../common/http/database-errors.js';
import { requireContextAccess } from '../common/team-access.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { galaPlanSubjectEndIndex, galaPlanSubjectStartIndex, type GalaPlanEntity } from './gala-plan.entity.js';
import { galaPlanColumns, toGalaPlanDraft, toGalaTaxonomyItem } from './gala-plan.mapper.js';
import { GalaPlanViews } from './gala-plan-views.js';
import { GalaPlansRepository } from './gala-plans.repository.js';
import { planNotFound, visiblePlanOrNotFound } from './gala-plans.service.js';
import { GalaTaxonomyRepository } from './gala-taxonomy.repository.js';

/** Starting and changing GALA plans: every rule of the domain at once (422, nothing stored), guarded by revision. */
@Injectable()
export class GalaPlanRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: GalaPlansRepository,
    private readonly taxonomy: GalaTaxonomyRepository,
    private readonly regions: RegionsRepository,
    private readonly views: GalaPlanViews,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  create(actor: Actor, input: GalaPlanCreate): Promise<GalaPlan> {
    const field = input.municipalityId === null ? 'regionId' : 'municipalityId';
    return this.dataSource
      .transaction(async (manager) => {
        requireContextAccess({
          principal: actor.principal,
          context: { type: 'region', id: input.regionId },
          read: 'gala-plan:read',
          act: 'gala-plan:write',
          notFound: planNotFound,
        });
        const region = await this.regions.find(manager, input.regionId);
        if (!region) throw planNotFound();
        if (input.municipalityId !== null && !region.municipalities.some(({ id }) => id === input.municipalityId)) {
          throw new GalaPlanError(GalaPlanErrorCode.NOT_IN_REGION, 'Deze gemeente hoort niet bij de regio.', [
            { path: 'municipalityId', code: 'not-in-region', message: 'Kies een gemeente van de regio.' },
          ]);
        }
        const draft = withIds(galaPlanDraftFromCreate(input));
        await this.refuseBroken(manager, draft, { periodChanged: true });
        const id = await this.plans.insert(manager, {
          ...galaPlanColumns(draft, { authorOf: () => actor.person.id }),
          regionId: input.regionId,
          municipalityId: input.municipalityId,
          revision: 1,
          createdById: actor.person.id,
          updatedById: actor.person.id,
        });
        await this.accessLog.record(manager, actor, {
          event: 'create',
          recordType: 'gala-plan',
          recordId: id,
          context: { type: 'region', id: input.regionId },
        });
        return this.views.toPlan(manager, await this.plans.get(manager, id));
      })
      .catch(refuseRacedPlan(field));
  }

  update(actor: Actor, id: string, expected: number, input: GalaPlanUpdate): Promise<GalaPlan> {
    return this.dataSource
      .transaction(async (manager) => {
        const plan = await visiblePlanOrNotFound({ manager, plans: this.plans, actor, id, act: 'gala-plan:write' });
        if (plan.revision !== expected) throw await this.stale(manager, plan);
        const current = toGalaPlanDraft(plan);
        const next = withIds(applyGalaPlanUpdate({ current, update: input }));
        // Only a new period can make the plan clash with another of its municipality: its subject never changes.
        await this.refuseBroken(manager, next, { previous: current, periodChanged: input.period !== undefined });
        const authors = new Map(plan.progressNotes.map((note) => [note.id, note.authorId]));
        const updated = await this.plans.guardedUpdate(manager, {
          id,
          expected,
          changes: galaPlanColumns(next, { authorOf: (noteId) => authors.get(noteId) ?? actor.person.id }),
          updatedById: actor.person.id,
          updatedAt: this.clock.now(),
        });
        if (!updated) throw await this.stale(manager, await this.plans.get(manager, id));
        await this.accessLog.record(manager, actor, {
          event: 'update',
          recordType: 'gala-plan',
          recordId: id,
          context: { type: 'region', id: plan.regionId },
        });
        return this.views.toPlan(manager, await this.plans.get(manager, id));
      })
      .catch(refuseRacedPlan('period'));
  }

  /** Every broken rule at once, and organisations that do not exist; nothing is stored. */
  private async refuseBroken(
    manager: EntityManager,
    draft: GalaPlanDraft,
    { previous, periodChanged }: { previous?: GalaPlanDraft; periodChanged: boolean },
  ): Promise<void> {
    const taxonomy = (await this.taxonomy.all(manager)).map(toGalaTaxonomyItem);
    const others = periodChanged ? (await this.plans.ofSubject(manager, draft)).map(toGalaPlanDraft) : [];
    const referred = [...draft.partnerIds, ...draft.actions.flatMap((action) => action.partnerOrganisationId ?? [])];
    const existing = await this.views.existingOrganisations(manager, referred);
    const unknown = (path: string): RuleViolation => ({
      path,
      code: 'unknown-organisation',
      message: 'Deze organisatie bestaat niet.',
    });
    const violations: RuleViolation[] = [
      ...galaPlanViolations({ draft, taxonomy, ...(previous ? { previous } : {}) }),
      ...onePlanPerPeriodViolations({ plan: draft, others }),
      ...draft.partnerIds.flatMap((id, index) => (existing.has(id) ? [] : [unknown(`partnerIds.${index}`)])),
      ...draft.actions.flatMap((action, index) =>
        action.partnerOrganisationId === null || existing.has(action.partnerOrganisationId)
          ? []
          : [unknown(`actions.${index}.partnerOrganisationId`)],
      ),
    ];
    if (violations.length > 0)
      throw new GalaPlanError(
        GalaPlanErrorCode.RULE_VIOLATED,
        'Het plan breekt een of meer regels; er is niets opgeslagen.',
        violations,
      );
  }

  private async stale(manager: EntityManager, current: GalaPlanEntity): Promise<GalaPlanError> {
    return new GalaPlanError(
      GalaPlanErrorCode.STALE_REVISION,
      `Dit plan is intussen gewijzigd (nu revisie ${current.revision}); er is niets overschreven. Bekijk het huidige plan en breng je wijziging opnieuw aan.`,
      [{ path: 'header.If-Match', code: 'stale', message: `De huidige ETag is ${galaPlanEtag(current.revision)}.` }],
      { revision: current.revision, body: await this.views.toPlan(manager, current) },
    );
  }
}

/**
 * Two requests raced past the check of one plan per municipality and period, and the database's unique index refused
 * the second: 409 naming the field, nothing stored. Any other error passes on.
 */
function refuseRacedPlan(field: 'regionId' | 'municipalityId' | 'period') {
  return (error: unknown): never => {
    const constraint = violatedUniqueConstraint(error);
    if (constraint !== galaPlanSubjectStartIndex && constraint !== galaPlanSubjectEndIndex) throw error;
    throw new GalaPlanError(
      GalaPlanErrorCode.PLAN_EXISTS,
      'Er is intussen al een plan voor deze gemeente en periode vastgelegd; er is niets opgeslagen.',
      [
        {
          path: field,
          code: 'plan-exists',
          message: 'Eén plan per gemeente en periode: laad opnieuw en wijzig dat plan.',
        },
      ],
    );
  };
}

/** Actions, milestones and notes without an id are new: they get one. */
function withIds(draft: GalaPlanDraft): GalaPlanDraft {
  const id = <T extends { id?: string | undefined }>(item: T) => ({ ...item, id: item.id ?? randomUUID() });
  return {
    ...draft,
    actions: draft.actions.map(id),
    milestones: draft.milestones.map(id),
    progressNotes: draft.progressNotes.map(id),
  };
}
