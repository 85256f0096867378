import { Injectable } from '@nestjs/common';
import type { GalaPlan } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { PeopleRepository } from '../people/people.repository.js';
import type { GalaPlanEntity } from './gala-plan.entity.js';
import { idsNamedBy, toGalaPlan } from './gala-plan.mapper.js';

/** Plans as answered: with the names of the organisations and people they refer to by id. */
@Injectable()
export class GalaPlanViews {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly people: PeopleRepository,
  ) {}

  async toPlans(manager: EntityManager, plans: readonly GalaPlanEntity[]): Promise<GalaPlan[]> {
    const { organisationIds, personIds } = idsNamedBy(plans);
    const organisations =
      organisationIds.length === 0 ? [] : await this.organisations.findByIds(manager, organisationIds);
    const names = {
      organisations: new Map(organisations.map((organisation) => [organisation.id, organisation.name])),
      people: personIds.length === 0 ? new Map<string, string>() : await this.people.namesByIds(manager, personIds),
    };
    return plans.map((plan) => toGalaPlan(plan, names));
  }

  async toPlan(manager: EntityManager, plan: GalaPlanEntity): Promise<GalaPlan> {
    const [view] = await this.toPlans(manager, [plan]);
    return view!;
  }

  /** Which of these organisation ids exist. */
  async existingOrganisations(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.organisations.findByIds(manager, ids)).map((organisation) => organisation.id));
  }
}
