import { Injectable } from '@nestjs/common';
import {
  PersonError,
  PersonErrorCode,
  type Page,
  type Person,
  type PersonCreate,
  type PersonListQuery,
  type PersonUpdate,
} from '@leerkring/domain';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { findPage } from '../common/pagination.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { escapeLike } from '../common/like.js';
import { PersonEntity } from './person.entity.js';
import { toPerson } from './person.mapper.js';

@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly followers: LiveFollowers,
  ) {}

  list(actor: Actor, query: PersonListQuery): Promise<Page<Person>> {
    return this.dataSource.transaction(async (manager) => {
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
      const page = await findPage(builder, query, toPerson);
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'person' },
        page.items.map((person) => ({ recordId: person.id, recordOwnerId: person.id })),
      );
      return page;
    });
  }

  get(actor: Actor, id: string): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.find(manager, id);
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'person',
        recordId: id,
        recordOwnerId: id,
      });
      return toPerson(person);
    });
  }

  create(actor: Actor, input: PersonCreate): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertOrganisation(manager, input.organisationId);
      await this.assertEmailFree(manager, input.email);
      const people = manager.getRepository(PersonEntity);
      const { id } = await people.save(
        people.create({
          name: input.name,
          email: input.email,
          organisationId: input.organisationId,
          isAdmin: input.isAdmin,
          passwordHash: null,
        }),
      );
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'person',
        recordId: id,
        recordOwnerId: id,
      });
      return toPerson(await this.find(manager, id));
    });
  }

  async update(actor: Actor, id: string, input: PersonUpdate): Promise<Person> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const person = await this.find(manager, id);
      if (input.organisationId) await this.assertOrganisation(manager, input.organisationId);
      if (input.email && input.email !== person.email) await this.assertEmailFree(manager, input.email);
      const losesAdmin = person.isAdmin && (input.isAdmin === false || input.active === false);
      if (
        losesAdmin &&
        !(await manager.getRepository(PersonEntity).existsBy({ id: Not(id), isAdmin: true, active: true }))
      ) {
        throw new PersonError(
          PersonErrorCode.LAST_ADMIN,
          'Dit is de laatste actieve beheerder; wijs eerst een andere beheerder aan.',
        );
      }
      await manager.getRepository(PersonEntity).update(
        { id },
        {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.email !== undefined ? { email: input.email } : {}),
          ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
          ...(input.isAdmin !== undefined ? { isAdmin: input.isAdmin } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          updatedAt: this.clock.now(),
        },
      );
      if (input.active === false) {
        // A deactivated person starts over: no session or token survives.
        await manager.getRepository(AuthSessionEntity).delete({ personId: id });
        await manager.getRepository(ApiTokenEntity).update({ personId: id }, { revokedAt: this.clock.now() });
      }
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'person',
        recordId: id,
        recordOwnerId: id,
      });
      return toPerson(await this.find(manager, id));
    });
    // Deactivated, or signed out by a new password: their live streams end now.
    await this.followers.recheckPeople([id]);
    return updated;
  }

  private async find(manager: EntityManager, id: string): Promise<PersonEntity> {
    const person = await manager
      .getRepository(PersonEntity)
      .findOne({ where: { id }, relations: { organisation: true } });
    if (!person) throw new PersonError(PersonErrorCode.NOT_FOUND, 'Deze persoon bestaat niet.');
    return person;
  }

  private async assertOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    if (!(await manager.getRepository(OrganisationEntity).existsBy({ id: organisationId }))) {
      throw new PersonError(PersonErrorCode.ORGANISATION_NOT_FOUND, 'Deze organisatie bestaat niet.');
    }
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if (await manager.getRepository(PersonEntity).existsBy({ email })) {
      throw new PersonError(PersonErrorCode.EMAIL_TAKEN, 'Er is al een persoon met dit e-mailadres.');
    }
  }
}
