import { Injectable } from '@nestjs/common';
import type { GalaPlan } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { idsNamedBy, toGalaPlan } from '../gala/gala-plan.mapper.js';
import type { GalaPlansRepository } from '../gala/gala-plans.repository.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { PeopleRepository } from '../people/people.repository.js';

export type StoredGalaPlan = Awaited<ReturnType<GalaPlansRepository['ofRegion']>>[number];

/** Plans as the exports show them: with the names of the partner organisations and note authors they refer to. */
@Injectable()
export class GalaPlanNames {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly people: PeopleRepository,
  ) {}

  async named(manager: EntityManager, plans: readonly StoredGalaPlan[]): Promise<GalaPlan[]> {
    const { organisationIds, personIds } = idsNamedBy(plans);
    const organisations =
      organisationIds.length === 0 ? [] : await this.organisations.findByIds(manager, organisationIds);
    const names = {
      organisations: new Map(organisations.map((organisation) => [organisation.id, organisation.name])),
      people: personIds.length === 0 ? new Map<string, string>() : await this.people.namesByIds(manager, personIds),
    };
    return plans.map((plan) => toGalaPlan(plan, names));
  }
}
