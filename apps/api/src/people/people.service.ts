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
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { ApiTokensRepository } from '../auth/api-tokens.repository.js';
import { AuthSessionsRepository } from '../auth/auth-sessions.repository.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { mapPage } from '../common/pagination.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { PersonEntity } from './person.entity.js';
import { toPerson } from './person.mapper.js';
import { PeopleRepository } from './people.repository.js';

@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly followers: LiveFollowers,
    private readonly people: PeopleRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly sessions: AuthSessionsRepository,
    private readonly tokens: ApiTokensRepository,
  ) {}

  list(actor: Actor, query: PersonListQuery): Promise<Page<Person>> {
    return this.dataSource.transaction(async (manager) => {
      const page = mapPage(await this.people.page(manager, query), toPerson);
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
      const id = await this.people.create(manager, {
        name: input.name,
        email: input.email,
        organisationId: input.organisationId,
        isAdmin: input.isAdmin,
        passwordHash: null,
      });
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
      if (losesAdmin && !(await this.people.otherActiveAdmin(manager, id))) {
        throw new PersonError(
          PersonErrorCode.LAST_ADMIN,
          'Dit is de laatste actieve beheerder; wijs eerst een andere beheerder aan.',
        );
      }
      await this.people.update(manager, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
        ...(input.isAdmin !== undefined ? { isAdmin: input.isAdmin } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updatedAt: this.clock.now(),
      });
      if (input.active === false) {
        // A deactivated person starts over: no session or token survives.
        await this.sessions.deleteOfPerson(manager, id);
        await this.tokens.revokeAllOfPerson(manager, id, this.clock.now());
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
    const person = await this.people.findWithOrganisation(manager, id);
    if (!person) throw new PersonError(PersonErrorCode.NOT_FOUND, 'Deze persoon bestaat niet.');
    return person;
  }

  private async assertOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    if (!(await this.organisations.exists(manager, organisationId))) {
      throw new PersonError(PersonErrorCode.ORGANISATION_NOT_FOUND, 'Deze organisatie bestaat niet.');
    }
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if (await this.people.emailTaken(manager, email)) {
      throw new PersonError(PersonErrorCode.EMAIL_TAKEN, 'Er is al een persoon met dit e-mailadres.');
    }
  }
}
