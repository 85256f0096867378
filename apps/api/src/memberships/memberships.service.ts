import { Injectable } from '@nestjs/common';
import {
  grantNeedsApproval,
  grantReasons,
  judgeGrantDecision,
  judgeGrantRequest,
  MembershipError,
  MembershipErrorCode,
  pageMeta,
  type Membership,
  type MembershipCreate,
  type MembershipListQuery,
  type Page,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { PeopleRepository } from '../people/people.repository.js';
import { MembershipContexts } from './contexts.js';
import type { MembershipEntity } from './membership.entity.js';
import { toMembership } from './membership.mapper.js';
import { MembershipsRepository } from './memberships.repository.js';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipsRepository,
    private readonly people: PeopleRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly followers: LiveFollowers,
    private readonly contexts: MembershipContexts,
  ) {}

  list(actor: Actor, query: MembershipListQuery): Promise<Page<Membership>> {
    return this.dataSource.transaction(async (manager) => {
      const [rows, totalItems] = await this.memberships.page(manager, query);
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'membership', searchOwnerId: query.personId ?? null },
        rows.map((membership) => ({ recordId: membership.id, recordOwnerId: membership.personId })),
      );
      return { items: await this.mapAll(manager, rows), meta: pageMeta({ ...query, totalItems }) };
    });
  }

  /** The active memberships of one person, for their profile: a pending grant confers nothing yet. */
  async ofPerson(manager: EntityManager, personId: string): Promise<Membership[]> {
    return this.mapAll(manager, await this.memberships.activeOfPersonWithPeople(manager, personId));
  }

  create(actor: Actor, input: MembershipCreate): Promise<Membership> {
    const request = judgeGrantRequest({ requesterId: actor.person.id, granteeId: input.personId });
    if (!request.ok) throw new MembershipError(MembershipErrorCode.SELF_GRANT, grantReasons[request.reason]);
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people.find(manager, input.personId);
      if (!person) throw new MembershipError(MembershipErrorCode.PERSON_NOT_FOUND, 'Deze persoon bestaat niet.');
      if (!(await this.contexts.exists(manager, input.contextType, input.contextId))) {
        throw new MembershipError(
          MembershipErrorCode.CONTEXT_NOT_FOUND,
          'Deze context (bouwteam, leergroep of regio) bestaat niet.',
        );
      }
      if (await this.memberships.heldOrPending(manager, input)) {
        throw new MembershipError(
          MembershipErrorCode.DUPLICATE,
          'Deze persoon heeft deze rol in deze context al, of die wacht op goedkeuring.',
        );
      }
      // A rejected grant may be asked for again; the rejection stays in the access log.
      await this.memberships.deleteRejected(manager, input);
      const status = grantNeedsApproval({ role: input.role }) ? 'pending' : 'active';
      const id = await this.memberships.create(manager, { ...input, status, requestedById: actor.person.id });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'membership',
        recordId: id,
        recordOwnerId: input.personId,
      });
      return this.load(manager, id);
    });
  }

  /** Four eyes: a second administrator, neither the requester nor the grantee, approves or rejects a pending grant. */
  decide(actor: Actor, id: string, decision: 'active' | 'rejected'): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.memberships.find(manager, id);
      if (!membership) throw new MembershipError(MembershipErrorCode.NOT_FOUND, 'Dit lidmaatschap bestaat niet.');
      const verdict = judgeGrantDecision({
        deciderId: actor.person.id,
        requesterId: membership.requestedById,
        granteeId: membership.personId,
      });
      if (!verdict.ok) throw new MembershipError(MembershipErrorCode.OWN_DECISION, grantReasons[verdict.reason]);
      // The status check is in the UPDATE itself, so two administrators deciding at once cannot both win.
      const decided = await this.memberships.decidePending(manager, id, {
        status: decision,
        decidedById: actor.person.id,
        decidedAt: this.clock.now(),
      });
      if (!decided) throw new MembershipError(MembershipErrorCode.NOT_PENDING, 'Over deze toekenning is al beslist.');
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'membership',
        recordId: id,
        recordOwnerId: membership.personId,
      });
      return this.load(manager, id);
    });
  }

  private async load(manager: EntityManager, id: string): Promise<Membership> {
    const saved = await this.memberships.loadWithPeople(manager, id);
    const [membership] = await this.mapAll(manager, [saved]);
    return membership!;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const personId = await this.dataSource.transaction(async (manager) => {
      const membership = await this.memberships.find(manager, id);
      if (!membership) throw new MembershipError(MembershipErrorCode.NOT_FOUND, 'Dit lidmaatschap bestaat niet.');
      await this.memberships.delete(manager, id);
      await this.accessLog.record(manager, actor, {
        event: 'delete',
        recordType: 'membership',
        recordId: id,
        recordOwnerId: membership.personId,
      });
      return membership.personId;
    });
    // Live streams of what the membership gave access to end now, not at the record's next change.
    await this.followers.recheckPeople([personId]);
  }

  private async mapAll(manager: EntityManager, rows: MembershipEntity[]): Promise<Membership[]> {
    const names = await this.contexts.names(manager, rows);
    return rows.map((row) => toMembership(row, names.get(`${row.contextType}:${row.contextId}`) ?? '—'));
  }
}
