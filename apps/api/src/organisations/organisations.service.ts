import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  OrganisationError,
  OrganisationErrorCode,
  type Organisation,
  type OrganisationCreate,
  type OrganisationListQuery,
  type OrganisationUpdate,
  type Page,
} from '@leerkring/domain';
import { Repository } from 'typeorm';
import { escapeLike } from '../common/like.js';
import { findPage } from '../common/pagination.js';
import { OrganisationEntity } from './organisation.entity.js';
import { toOrganisation } from './organisation.mapper.js';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async list(query: OrganisationListQuery): Promise<Page<Organisation>> {
    const builder = this.organisations
      .createQueryBuilder('organisation')
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC');
    if (query.type) builder.andWhere('organisation.type = :type', { type: query.type });
    if (query.search) {
      builder.andWhere("LOWER(organisation.name) LIKE :search ESCAPE '\\'", {
        search: `%${escapeLike(query.search.toLowerCase())}%`,
      });
    }
    return findPage(builder, query, toOrganisation);
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new OrganisationError(OrganisationErrorCode.NOT_FOUND, 'Deze organisatie bestaat niet.');
    return toOrganisation(organisation);
  }

  async create(input: OrganisationCreate): Promise<Organisation> {
    return this.organisations.manager.transaction(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      await assertNameFree(repository, input.name);
      const saved = await repository.save(
        repository.create({
          name: input.name,
          type: input.type,
          kvkNumber: input.kvkNumber ?? null,
          oin: input.oin ?? null,
        }),
      );
      return toOrganisation(saved);
    });
  }

  async update(id: string, input: OrganisationUpdate): Promise<Organisation> {
    return this.organisations.manager.transaction(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      const organisation = await repository.findOneBy({ id });
      if (!organisation) throw new OrganisationError(OrganisationErrorCode.NOT_FOUND, 'Deze organisatie bestaat niet.');
      if (input.name !== undefined && input.name.toLowerCase() !== organisation.name.toLowerCase())
        await assertNameFree(repository, input.name);
      repository.merge(organisation, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.kvkNumber !== undefined ? { kvkNumber: input.kvkNumber } : {}),
        ...(input.oin !== undefined ? { oin: input.oin } : {}),
      });
      return toOrganisation(await repository.save(organisation));
    });
  }
}

async function assertNameFree(repository: Repository<OrganisationEntity>, name: string): Promise<void> {
  const taken = await repository
    .createQueryBuilder('organisation')
    .where('LOWER(organisation.name) = :name', { name: name.toLowerCase() })
    .getExists();
  if (taken)
    throw new OrganisationError(OrganisationErrorCode.NAME_TAKEN, `Er is al een organisatie met de naam "${name}".`);
}
