import { Injectable } from '@nestjs/common';
import type { ContextType, MembershipCreate, MembershipListQuery, Role } from '@leerkring/domain';
import { pageWindow } from '@leerkring/domain';
import { In, Not, type EntityManager } from 'typeorm';
import { MembershipEntity } from './membership.entity.js';

/** What a membership is shown with: the person and their organisation, who asked and who decided. */
const withPeople = { person: { organisation: true }, requestedBy: true, decidedBy: true } as const;

/** Every query on memberships; other features ask here rather than reading the entity. */
@Injectable()
export class MembershipsRepository {
  /** One page of memberships with their people, and how many match in all. */
  page(manager: EntityManager, query: MembershipListQuery): Promise<[MembershipEntity[], number]> {
    const builder = manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('membership')
      .innerJoinAndSelect('membership.person', 'person')
      .innerJoinAndSelect('person.organisation', 'organisation')
      .leftJoinAndSelect('membership.requestedBy', 'requestedBy')
      .leftJoinAndSelect('membership.decidedBy', 'decidedBy')
      .orderBy('person.name', 'ASC')
      .addOrderBy('membership.contextType', 'ASC')
      .addOrderBy('membership.id', 'ASC');
    if (query.personId) builder.andWhere('membership.personId = :personId', { personId: query.personId });
    if (query.contextType)
      builder.andWhere('membership.contextType = :contextType', { contextType: query.contextType });
    if (query.contextId) builder.andWhere('membership.contextId = :contextId', { contextId: query.contextId });
    if (query.role) builder.andWhere('membership.role = :role', { role: query.role });
    if (query.status) builder.andWhere('membership.status = :status', { status: query.status });
    const { offset, limit } = pageWindow(query);
    return builder.skip(offset).take(limit).getManyAndCount();
  }

  /** The active memberships of one person with their people, for their profile. */
  activeOfPersonWithPeople(manager: EntityManager, personId: string): Promise<MembershipEntity[]> {
    return manager.getRepository(MembershipEntity).find({
      where: { personId, status: 'active' },
      relations: withPeople,
      order: { contextType: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The active memberships held in one context, with their people and organisations. */
  activeInContextWithPeople(
    manager: EntityManager,
    { contextType, contextId }: { contextType: ContextType; contextId: string },
  ): Promise<MembershipEntity[]> {
    return manager.getRepository(MembershipEntity).find({
      where: { contextType, contextId, status: 'active' },
      relations: { person: { organisation: true } },
    });
  }

  /** The memberships held or awaiting approval in one context, with their people and organisations. */
  notRejectedInContextWithPeople(
    manager: EntityManager,
    { contextType, contextId }: { contextType: ContextType; contextId: string },
  ): Promise<MembershipEntity[]> {
    return manager.getRepository(MembershipEntity).find({
      where: { contextType, contextId, status: Not('rejected') },
      relations: { person: { organisation: true } },
    });
  }

  /** The regions a person represents in a learning group with this role (active memberships). */
  async representedRegionIds(
    manager: EntityManager,
    { learningGroupId, personId, role }: { learningGroupId: string; personId: string; role: Role },
  ): Promise<string[]> {
    const rows = await manager.getRepository(MembershipEntity).findBy({
      contextType: 'learning-group',
      contextId: learningGroupId,
      personId,
      role,
      status: 'active',
    });
    return rows.flatMap((row) => (row.representsRegionId ? [row.representsRegionId] : []));
  }

  /** The active memberships of one person: what their rights are made of. */
  activeOfPerson(manager: EntityManager, personId: string): Promise<MembershipEntity[]> {
    return manager.getRepository(MembershipEntity).findBy({ personId, status: 'active' });
  }

  /** Every membership of these people, whatever its status. */
  ofPeople(manager: EntityManager, personIds: string[]): Promise<MembershipEntity[]> {
    return manager.getRepository(MembershipEntity).findBy({ personId: In(personIds) });
  }

  find(manager: EntityManager, id: string): Promise<MembershipEntity | null> {
    return manager.getRepository(MembershipEntity).findOneBy({ id });
  }

  /** A membership that must exist, with its people. */
  loadWithPeople(manager: EntityManager, id: string): Promise<MembershipEntity> {
    return manager.getRepository(MembershipEntity).findOneOrFail({ where: { id }, relations: withPeople });
  }

  /** Whether this role in this context is held or waiting for approval (a rejected one does not count). */
  heldOrPending(manager: EntityManager, grant: MembershipCreate): Promise<boolean> {
    return manager.getRepository(MembershipEntity).existsBy({ ...grant, status: Not('rejected') });
  }

  async deleteRejected(manager: EntityManager, grant: MembershipCreate): Promise<void> {
    await manager.getRepository(MembershipEntity).delete({ ...grant, status: 'rejected' });
  }

  /** Creates a membership; returns its id. */
  async create(manager: EntityManager, membership: Partial<MembershipEntity>): Promise<string> {
    const memberships = manager.getRepository(MembershipEntity);
    const { id } = await memberships.save(memberships.create(membership));
    return id;
  }

  /** Decides a pending grant; false when it was no longer pending (the check is in the UPDATE itself). */
  async decidePending(
    manager: EntityManager,
    id: string,
    decision: Pick<MembershipEntity, 'status' | 'decidedById' | 'decidedAt'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MembershipEntity)
      .set(decision)
      .where('id = :id AND status = :pending', { id, pending: 'pending' })
      .execute();
    return result.affected === 1;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(MembershipEntity).delete({ id });
  }

  /** Each of these people's roles in the context (active memberships); someone without one is left out. */
  async activeRoles(
    manager: EntityManager,
    {
      contextType,
      contextId,
      personIds,
    }: { contextType: ContextType; contextId: string; personIds: readonly string[] },
  ): Promise<Map<string, Role[]>> {
    const memberships = await manager.getRepository(MembershipEntity).findBy({
      contextType,
      contextId,
      personId: In([...new Set(personIds)]),
      status: 'active',
    });
    const roles = new Map<string, Role[]>();
    for (const membership of memberships)
      roles.set(membership.personId, [...(roles.get(membership.personId) ?? []), membership.role]);
    return roles;
  }
}
