import { Injectable } from '@nestjs/common';
import type { Page, PersonListQuery } from '@leerkring/domain';
import { In, Not, type EntityManager } from 'typeorm';
import { escapeLike } from '../common/like.js';
import { findPage } from '../common/pagination.js';
import { PersonEntity } from './person.entity.js';

/** Every query on people; other features ask here rather than reading the entity. */
@Injectable()
export class PeopleRepository {
  /** A page of people with their organisation, by name. */
  page(manager: EntityManager, query: PersonListQuery): Promise<Page<PersonEntity>> {
    const builder = manager
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.organisation', 'organisation')
      .orderBy('person.name', 'ASC')
      .addOrderBy('person.id', 'ASC');
    if (query.organisationId)
      builder.andWhere('person.organisationId = :organisationId', { organisationId: query.organisationId });
    if (query.search) {
      builder.andWhere("(LOWER(person.name) LIKE :search ESCAPE '\\' OR person.email LIKE :search ESCAPE '\\')", {
        search: `%${escapeLike(query.search.toLowerCase())}%`,
      });
    }
    return findPage(builder, query, (person) => person);
  }

  find(manager: EntityManager, id: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOneBy({ id });
  }

  /** A person with their organisation. */
  findWithOrganisation(manager: EntityManager, id: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOne({ where: { id }, relations: { organisation: true } });
  }

  /** A person who must exist, with their organisation. */
  loadWithOrganisation(manager: EntityManager, id: string): Promise<PersonEntity> {
    return manager.getRepository(PersonEntity).findOneOrFail({ where: { id }, relations: { organisation: true } });
  }

  findByEmailWithOrganisation(manager: EntityManager, email: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOne({ where: { email }, relations: { organisation: true } });
  }

  findByEmail(manager: EntityManager, email: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOneBy({ email });
  }

  emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.getRepository(PersonEntity).existsBy({ email });
  }

  anyAdmin(manager: EntityManager): Promise<boolean> {
    return manager.getRepository(PersonEntity).existsBy({ isAdmin: true });
  }

  /** Whether an active administrator other than this person exists. */
  otherActiveAdmin(manager: EntityManager, personId: string): Promise<boolean> {
    return manager.getRepository(PersonEntity).existsBy({ id: Not(personId), isAdmin: true, active: true });
  }

  /** What the rights of these people depend on: organisation, administrator, active. */
  standing(
    manager: EntityManager,
    personIds: string[],
  ): Promise<Array<Pick<PersonEntity, 'id' | 'organisationId' | 'isAdmin' | 'active'>>> {
    return manager.getRepository(PersonEntity).find({
      select: { id: true, organisationId: true, isAdmin: true, active: true },
      where: { id: In(personIds) },
    });
  }

  /** Creates a person; returns their id. */
  async create(manager: EntityManager, person: Partial<PersonEntity>): Promise<string> {
    const people = manager.getRepository(PersonEntity);
    const { id } = await people.save(people.create(person));
    return id;
  }

  async update(manager: EntityManager, id: string, changes: Partial<PersonEntity>): Promise<void> {
    await manager.getRepository(PersonEntity).update({ id }, changes);
  }

  async updateByEmail(manager: EntityManager, email: string, changes: Partial<PersonEntity>): Promise<void> {
    await manager.getRepository(PersonEntity).update({ email }, changes);
  }

  /** Id → name of the people of these ids that exist. */
  async namesByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const people = await manager.getRepository(PersonEntity).findBy({ id: In([...ids]) });
    return new Map(people.map((person) => [person.id, person.name]));
  }
}
