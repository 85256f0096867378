import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  AuthError,
  AuthErrorCode,
  consentDeadlineRefusal,
  inForceOptions,
  isInForce,
  mayTakeBackProposal,
  statusChangePermission,
  type AgreementVersion,
  type AgreementVersionInForce,
  type AgreementVersionStatusChange,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { requireContextAccess } from '../common/team-access.js';
import { AgreementAccess } from './agreement-access.service.js';
import { agreementNotFound, assertTransition } from './agreement-checks.js';
import { AgreementRevisions } from './agreement-revisions.service.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { contextOf, toVersion } from './agreements.mapper.js';
import { ConsentRoundsService } from './consent-rounds.service.js';

/** A version's way through its statuses: proposed, back to concept, withdrawn, and put in force. */
@Injectable()
export class VersionStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: AgreementVersionsRepository,
    private readonly access: AgreementAccess,
    private readonly revisions: AgreementRevisions,
    private readonly consentRounds: ConsentRoundsService,
    private readonly roundEvents: AgreementRoundEvents,
    private readonly clock: Clock,
  ) {}

  async change(
    actor: Actor,
    agreementId: string,
    versionId: string,
    input: AgreementVersionStatusChange,
  ): Promise<AgreementVersion> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(
        manager,
        actor,
        agreementId,
        versionId,
        'agreement:write',
      );
      // Withdrawing what is in force is the decision of those who put it in force.
      requireContextAccess({
        principal: actor.principal,
        context: contextOf(agreement),
        read: 'agreement:read',
        act: statusChangePermission(version.status),
        notFound: agreementNotFound,
      });
      assertTransition(version.status, input.status);
      // Taking a proposal back or withdrawing it is for whoever proposed it, a facilitator or an administrator.
      if (
        version.status === 'proposed' &&
        !mayTakeBackProposal({
          principal: actor.principal,
          context: contextOf(agreement),
          proposedById: version.proposedById,
        })
      ) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen wie het voorstel deed of de facilitator kan het terugnemen.',
        );
      }
      const deadline = input.status === 'proposed' ? (input.deadline ?? null) : null;
      if (deadline && consentDeadlineRefusal({ deadline, today: this.today() })) {
        throw new AgreementError(AgreementErrorCode.INVALID_DEADLINE, 'De uiterste datum ligt in het verleden.', [
          { name: 'deadline', reason: 'De uiterste datum mag niet in het verleden liggen.', code: 'in-the-past' },
        ]);
      }
      if (input.status === 'proposed' && version.clauses.length === 0) {
        throw new AgreementError(
          AgreementErrorCode.INVALID_TRANSITION,
          'Een voorstel zonder artikelen kan niet worden voorgelegd.',
        );
      }
      await this.revisions.write(manager, actor, version, version.revision, {
        status: input.status,
        ...(input.status === 'proposed'
          ? { consentRound: version.consentRound + 1, consentDeadline: deadline, proposedById: actor.person.id }
          : {}),
        ...(input.status === 'withdrawn' && isInForce(version.status) ? { validUntil: this.today() } : {}),
      });
      const stored = await this.versions.get(manager, versionId);
      await this.access.log(manager, actor, 'update', agreement, 'agreement-version', stored);
      return toVersion(stored);
    });
    this.roundEvents.changed(versionId);
    return changed;
  }

  /** Puts a decided proposal (or a beta, to adopt it) in force; the version in force until now is superseded in the same transaction. */
  async putInForce(
    actor: Actor,
    agreementId: string,
    versionId: string,
    input: AgreementVersionInForce,
  ): Promise<AgreementVersion> {
    const superseded: string[] = [];
    const inForce = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(
        manager,
        actor,
        agreementId,
        versionId,
        'agreement:put-in-force',
      );
      assertTransition(version.status, input.as);
      if (version.status === 'proposed') {
        const round = await this.consentRounds.round(manager, agreement, version);
        if (!inForceOptions({ status: version.status, decided: round.tally.decided }).includes(input.as)) {
          throw new AgreementError(
            AgreementErrorCode.NOT_DECIDED,
            `Het besluit is nog niet genomen: ${round.tally.consent} van ${round.tally.total} organisaties stemmen in, ${round.tally.object} maken bezwaar.`,
          );
        }
      }
      const validFrom = input.validFrom ?? version.validFrom ?? this.today();
      const previous = await this.versions.inForce(manager, agreementId);
      for (const old of previous) {
        if (old.id === version.id) continue;
        await this.revisions.write(manager, actor, old, old.revision, { status: 'superseded', validUntil: validFrom });
        superseded.push(old.id);
      }
      await this.revisions.write(manager, actor, version, version.revision, {
        status: input.as,
        reviewDate: input.reviewDate,
        validFrom,
      });
      const stored = await this.versions.get(manager, versionId);
      await this.access.log(manager, actor, 'update', agreement, 'agreement-version', stored);
      return toVersion(stored);
    });
    for (const id of [versionId, ...superseded]) this.roundEvents.changed(id);
    return inForce;
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}
