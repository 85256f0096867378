import { Injectable } from '@nestjs/common';
import {
  MembershipError,
  MembershipErrorCode,
  pageMeta,
  pageWindow,
  type Membership,
  type MembershipCreate,
  type MembershipListQuery,
  type Page,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { PersonEntity } from '../people/person.entity.js';
import { contextExists, contextNames } from './contexts.js';
import { MembershipEntity } from './membership.entity.js';
import { toMembership } from './membership.mapper.js';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly followers: LiveFollowers,
  ) {}

  list(actor: Actor, query: MembershipListQuery): Promise<Page<Membership>> {
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('membership')
        .innerJoinAndSelect('membership.person', 'person')
        .innerJoinAndSelect('person.organisation', 'organisation')
        .orderBy('person.name', 'ASC')
        .addOrderBy('membership.contextType', 'ASC')
        .addOrderBy('membership.id', 'ASC');
      if (query.personId) builder.andWhere('membership.personId = :personId', { personId: query.personId });
      if (query.contextType) builder.andWhere('membership.contextType = :contextType', { contextType: query.contextType });
      if (query.contextId) builder.andWhere('membership.contextId = :contextId', { contextId: query.contextId });
      if (query.role) builder.andWhere('membership.role = :role', { role: query.role });
      const { offset, limit } = pageWindow(query);
      const [rows, totalItems] = await builder.skip(offset).take(limit).getManyAndCount();
      await this.accessLog.record(manager, actor, { event: 'search', recordType: 'membership', recordOwnerId: query.personId ?? null });
      return { items: await this.mapAll(manager, rows), meta: pageMeta({ ...query, totalItems }) };
    });
  }

  /** The memberships of one person, for their profile. */
  async ofPerson(manager: EntityManager, personId: string): Promise<Membership[]> {
    const rows = await manager.getRepository(MembershipEntity).find({
      where: { personId },
      relations: { person: { organisation: true } },
      order: { contextType: 'ASC', createdAt: 'ASC' },
    });
    return this.mapAll(manager, rows);
  }

  create(actor: Actor, input: MembershipCreate): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.getRepository(PersonEntity).findOneBy({ id: input.personId });
      if (!person) throw new MembershipError(MembershipErrorCode.PERSON_NOT_FOUND, 'Deze persoon bestaat niet.');
      if (!(await contextExists(manager, input.contextType, input.contextId))) {
        throw new MembershipError(MembershipErrorCode.CONTEXT_NOT_FOUND, 'Deze context (bouwteam, leergroep of regio) bestaat niet.');
      }
      const memberships = manager.getRepository(MembershipEntity);
      if (await memberships.existsBy({ ...input })) {
        throw new MembershipError(MembershipErrorCode.DUPLICATE, 'Deze persoon heeft deze rol in deze context al.');
      }
      const { id } = await memberships.save(memberships.create(input));
      await this.accessLog.record(manager, actor, { event: 'create', recordType: 'membership', recordId: id, recordOwnerId: input.personId });
      const saved = await memberships.findOneOrFail({ where: { id }, relations: { person: { organisation: true } } });
      const [membership] = await this.mapAll(manager, [saved]);
      return membership!;
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const personId = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(MembershipEntity).findOneBy({ id });
      if (!membership) throw new MembershipError(MembershipErrorCode.NOT_FOUND, 'Dit lidmaatschap bestaat niet.');
      await manager.getRepository(MembershipEntity).delete({ id });
      await this.accessLog.record(manager, actor, { event: 'delete', recordType: 'membership', recordId: id, recordOwnerId: membership.personId });
      return membership.personId;
    });
    // Live streams of what the membership gave access to end now, not at the record's next change.
    await this.followers.recheckPeople([personId]);
  }

  private async mapAll(manager: EntityManager, rows: MembershipEntity[]): Promise<Membership[]> {
    const names = await contextNames(manager, rows);
    return rows.map((row) => toMembership(row, names.get(`${row.contextType}:${row.contextId}`) ?? '—'));
  }
}
