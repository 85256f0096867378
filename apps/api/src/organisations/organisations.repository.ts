import { Injectable } from '@nestjs/common';
import type { OrganisationListQuery, Page } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import { escapeLike } from '../common/like.js';
import { findPage } from '../common/pagination.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Every query on organisations; other features ask here rather than reading the entity. */
@Injectable()
export class OrganisationsRepository {
  page(manager: EntityManager, query: OrganisationListQuery): Promise<Page<OrganisationEntity>> {
    const builder = manager
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC');
    if (query.type) builder.andWhere('organisation.type = :type', { type: query.type });
    if (query.search) {
      builder.andWhere("LOWER(organisation.name) LIKE :search ESCAPE '\\'", {
        search: `%${escapeLike(query.search.toLowerCase())}%`,
      });
    }
    return findPage(builder, query, (organisation) => organisation);
  }

  find(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOneBy({ id });
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(OrganisationEntity).existsBy({ id });
  }

  findByName(manager: EntityManager, name: string): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOneBy({ name });
  }

  /** Whether a name is taken, ignoring case. */
  nameTaken(manager: EntityManager, name: string): Promise<boolean> {
    return manager
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .where('LOWER(organisation.name) = :name', { name: name.toLowerCase() })
      .getExists();
  }

  /** The municipalities (organisations of type gemeente) among these ids. */
  municipalities(manager: EntityManager, ids: string[]): Promise<OrganisationEntity[]> {
    return manager.getRepository(OrganisationEntity).findBy({ id: In(ids), type: 'gemeente' });
  }

  create(manager: EntityManager, organisation: Partial<OrganisationEntity>): Promise<OrganisationEntity> {
    const repository = manager.getRepository(OrganisationEntity);
    return repository.save(repository.create(organisation));
  }

  /** Applies the changes to a loaded organisation and saves it. */
  update(
    manager: EntityManager,
    organisation: OrganisationEntity,
    changes: Partial<OrganisationEntity>,
  ): Promise<OrganisationEntity> {
    const repository = manager.getRepository(OrganisationEntity);
    return repository.save(repository.merge(organisation, changes));
  }

  /** How many organisations there are (added for the overview). */
  count(manager: EntityManager): Promise<number> {
    return manager.getRepository(OrganisationEntity).count();
  }

  /** The organisations of these ids that exist (added for bouwteam partners). */
  findByIds(manager: EntityManager, ids: readonly string[]): Promise<OrganisationEntity[]> {
    return manager.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  }

  /** The organisations with these names, ignoring case (an imported sheet names partners by name). */
  findByNamesIgnoringCase(manager: EntityManager, names: readonly string[]): Promise<OrganisationEntity[]> {
    if (names.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .where('LOWER(organisation.name) IN (:...names)', {
        names: [...new Set(names.map((name) => name.toLowerCase()))],
      })
      .getMany();
  }
}
