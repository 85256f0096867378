import { Injectable } from '@nestjs/common';
import type { ContextType, Role } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import { MembershipEntity } from './membership.entity.js';

/** Memberships as other features read them. */
@Injectable()
export class MembershipsRepository {
  /** The organisations of the people holding `role` in the context, active memberships only. */
  async organisationIdsOfRole(
    manager: EntityManager,
    { contextType, contextId, role }: { contextType: ContextType; contextId: string; role: Role },
  ): Promise<string[]> {
    const rows = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('membership')
      .innerJoin('membership.person', 'person')
      .select('DISTINCT person.organisationId', 'organisationId')
      .where('membership.contextType = :type AND membership.contextId = :id AND membership.role = :role', {
        type: contextType,
        id: contextId,
        role,
      })
      .andWhere("membership.status = 'active'")
      .getRawMany<{ organisationId: string }>();
    return rows.map((row) => row.organisationId);
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
