import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';

/** The organisation queries other features need. */
@Injectable()
export class OrganisationsRepository {
  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(OrganisationEntity).existsBy({ id });
  }

  count(manager: EntityManager): Promise<number> {
    return manager.getRepository(OrganisationEntity).count();
  }

  /** The organisation with this id if it is a municipality (gemeente), else null. */
  findMunicipality(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOneBy({ id, type: 'gemeente' });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<OrganisationEntity[]> {
    return manager.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  }
}
