import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { PersonEntity } from './person.entity.js';

/** People as other features read them. */
@Injectable()
export class PeopleRepository {
  /** Id → name of the people of these ids that exist. */
  async namesByIds(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const people = await manager.getRepository(PersonEntity).findBy({ id: In([...ids]) });
    return new Map(people.map((person) => [person.id, person.name]));
  }
}
