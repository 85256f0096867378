import { randomUUID } from 'node:crypto';
import type { GalaPlan, GalaPlanDraft, GalaTaxonomyItem } from '@leerkring/domain';
import { toReference } from '../organisations/organisation.mapper.js';
import type { GalaPlanEntity } from './gala-plan.entity.js';
import type { GalaPlanChanges } from './gala-plans.repository.js';
import type { GalaTaxonomyItemEntity } from './gala-taxonomy-item.entity.js';

/** The names a plan refers to by id: partner organisations and the authors of its notes. */
export interface PlanNames {
  readonly organisations: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, string>;
}

/** The organisation and person ids a plan refers to, to load their names. */
export function idsNamedBy(plans: readonly GalaPlanEntity[]): { organisationIds: string[]; personIds: string[] } {
  const organisationIds = new Set<string>();
  const personIds = new Set<string>();
  for (const plan of plans) {
    plan.partnerIds.forEach((id) => organisationIds.add(id));
    plan.actions.forEach((action) => action.partnerOrganisationId && organisationIds.add(action.partnerOrganisationId));
    plan.progressNotes.forEach((note) => personIds.add(note.authorId));
  }
  return { organisationIds: [...organisationIds], personIds: [...personIds] };
}

const named = (names: ReadonlyMap<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });

export function toGalaPlan(entity: GalaPlanEntity, names: PlanNames): GalaPlan {
  return {
    id: entity.id,
    region: toReference(entity.region),
    municipality: entity.municipality ? toReference(entity.municipality) : null,
    period: { startYear: entity.startYear, endYear: entity.endYear },
    goals: entity.goals,
    chainApproaches: entity.chainApproaches,
    actions: entity.actions.map(({ partnerOrganisationId, ...action }) => ({
      ...action,
      partner: partnerOrganisationId ? named(names.organisations, partnerOrganisationId) : null,
    })),
    budget: entity.budget,
    partners: entity.partnerIds.map((id) => named(names.organisations, id)),
    milestones: entity.milestones,
    progressNotes: entity.progressNotes.map(({ authorId, ...note }) => ({
      ...note,
      author: named(names.people, authorId),
    })),
    revision: entity.revision,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** The stored plan as the rules judge it. */
export function toGalaPlanDraft(entity: GalaPlanEntity): GalaPlanDraft {
  return {
    id: entity.id,
    regionId: entity.regionId,
    municipalityId: entity.municipalityId,
    period: { startYear: entity.startYear, endYear: entity.endYear },
    goals: entity.goals,
    chainApproaches: entity.chainApproaches,
    actions: entity.actions,
    budget: entity.budget,
    partnerIds: entity.partnerIds,
    milestones: entity.milestones,
    progressNotes: entity.progressNotes,
  };
}

export function toGalaTaxonomyItem(entity: GalaTaxonomyItemEntity): GalaTaxonomyItem {
  return {
    kind: entity.kind,
    code: entity.code,
    label: entity.label,
    retiredAt: entity.retiredAt ? entity.retiredAt.toISOString() : null,
  };
}

/**
 * The stored columns of a judged plan draft, for a change in the editor and for an import alike: actions, milestones
 * and notes without an id are new and get one; a note keeps its author (`authorOf` its id), a new one is the caller's;
 * an overspend reason of only spaces is none.
 */
export function galaPlanColumns(
  draft: GalaPlanDraft,
  { authorOf }: { authorOf: (noteId: string) => string },
): Required<GalaPlanChanges> {
  return {
    startYear: draft.period.startYear,
    endYear: draft.period.endYear,
    goals: [...draft.goals],
    chainApproaches: draft.chainApproaches.map(({ code, status }) => ({ code, status })),
    actions: draft.actions.map(({ id, what, partnerOrganisationId, status, dueDate }) => ({
      id: id ?? randomUUID(),
      what,
      partnerOrganisationId,
      status,
      dueDate,
    })),
    budget: draft.budget.map(({ block, year, plannedCents, spentCents, overspendReason }) => ({
      block,
      year,
      plannedCents,
      spentCents,
      overspendReason: overspendReason === null || overspendReason.trim() === '' ? null : overspendReason,
    })),
    partnerIds: [...draft.partnerIds],
    milestones: draft.milestones.map(({ id, code, title, dueDate, status, startedOn, doneOn }) => ({
      id: id ?? randomUUID(),
      code,
      title,
      dueDate,
      status,
      startedOn,
      doneOn,
    })),
    progressNotes: draft.progressNotes.map(({ id, date, text }) => {
      const noteId = id ?? randomUUID();
      return { id: noteId, date, text, authorId: authorOf(noteId) };
    }),
  };
}
