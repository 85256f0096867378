import { Injectable } from '@nestjs/common';
import {
  OrganisationError,
  OrganisationErrorCode,
  type Organisation,
  type OrganisationCreate,
  type OrganisationListQuery,
  type OrganisationUpdate,
  type Page,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { mapPage } from '../common/pagination.js';
import { toOrganisation } from './organisation.mapper.js';
import { OrganisationsRepository } from './organisations.repository.js';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async list(query: OrganisationListQuery): Promise<Page<Organisation>> {
    return mapPage(await this.organisations.page(this.dataSource.manager, query), toOrganisation);
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.find(this.dataSource.manager, id);
    if (!organisation) throw new OrganisationError(OrganisationErrorCode.NOT_FOUND, 'Deze organisatie bestaat niet.');
    return toOrganisation(organisation);
  }

  async create(input: OrganisationCreate): Promise<Organisation> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name);
      const saved = await this.organisations.create(manager, {
        name: input.name,
        type: input.type,
        kvkNumber: input.kvkNumber ?? null,
        oin: input.oin ?? null,
      });
      return toOrganisation(saved);
    });
  }

  async update(id: string, input: OrganisationUpdate): Promise<Organisation> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.find(manager, id);
      if (!organisation) throw new OrganisationError(OrganisationErrorCode.NOT_FOUND, 'Deze organisatie bestaat niet.');
      if (input.name !== undefined && input.name.toLowerCase() !== organisation.name.toLowerCase())
        await this.assertNameFree(manager, input.name);
      return toOrganisation(
        await this.organisations.update(manager, organisation, {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.type !== undefined ? { type: input.type } : {}),
          ...(input.kvkNumber !== undefined ? { kvkNumber: input.kvkNumber } : {}),
          ...(input.oin !== undefined ? { oin: input.oin } : {}),
        }),
      );
    });
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await this.organisations.nameTaken(manager, name))
      throw new OrganisationError(OrganisationErrorCode.NAME_TAKEN, `Er is al een organisatie met de naam "${name}".`);
  }
}
