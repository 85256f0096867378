import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  consentTally,
  isOpen,
  regionConsentTally,
  type ConsentCreate,
  type ConsentRound,
  type ContextRef,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { Clock } from '../common/clock.js';
import { LearningGroupsRepository } from '../learning-groups/learning-groups.repository.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { AgreementEntity, AgreementVersionEntity } from './agreement.entity.js';
import { AgreementAccess } from './agreement-access.service.js';
import { assertNoIdentifiers } from './agreement-checks.js';
import { AgreementConsentsRepository } from './agreement-consents.repository.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { contextOf, toConsent } from './agreements.mapper.js';
import { AgreementsRepository } from './agreements.repository.js';

/** Consent rounds: the partner organisations' stances on a proposal, their tally, and the round as it changes. */
@Injectable()
export class ConsentRoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsRepository,
    private readonly versions: AgreementVersionsRepository,
    private readonly consents: AgreementConsentsRepository,
    private readonly buildingTeams: BuildingTeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly learningGroups: LearningGroupsRepository,
    private readonly regions: RegionsRepository,
    private readonly access: AgreementAccess,
    private readonly accessLog: AccessLogService,
    private readonly roundEvents: AgreementRoundEvents,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, agreementId: string, versionId: string): Promise<ConsentRound> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(manager, actor, agreementId, versionId);
      await this.access.log(manager, actor, 'read', agreement, 'agreement-consent', version);
      return this.round(manager, agreement, version);
    });
  }

  /**
   * The round for a live stream, and whether it can still change (when not, the stream ends). The status is read before
   * the round: a change after that read is announced by an event, and the stream reads again.
   */
  async liveRound(
    actor: Actor,
    agreementId: string,
    versionId: string,
  ): Promise<{ round: ConsentRound; final: boolean; context: ContextRef }> {
    const version = await this.versions.findStatus(this.dataSource.manager, agreementId, versionId);
    const round = await this.list(actor, agreementId, versionId);
    const agreement = await this.agreements.contextIdsOf(this.dataSource.manager, agreementId);
    return {
      round,
      final: version !== null && !isOpen(version.status) /* only a concept or a proposal's round can still change */,
      context: contextOf(agreement),
    };
  }

  /**
   * The round read once for every follower of its live stream, without a caller: the followers' rights are checked by
   * the caller of this method. `log` writes one access-log entry per follower it went to, in one transaction.
   */
  async roundForFollowers(
    agreementId: string,
    versionId: string,
  ): Promise<{ round: ConsentRound; final: boolean; log: (actors: Actor[]) => Promise<void> } | null> {
    const read = await this.dataSource.transaction(async (manager) => {
      const agreement = await this.agreements.find(manager, agreementId);
      const version = agreement && (await this.versions.find(manager, agreementId, versionId));
      return agreement && version ? { agreement, version, round: await this.round(manager, agreement, version) } : null;
    });
    if (!read) return null;
    const { agreement, version, round } = read;
    return {
      round,
      final: !isOpen(version.status),
      // One append for all followers: one lock on the log's chain and one insert, however many follow.
      log: (actors) =>
        this.dataSource.transaction((manager) =>
          this.accessLog.recordEach(
            manager,
            actors.map((actor) => ({
              actor,
              record: {
                event: 'read',
                recordType: 'agreement-consent',
                recordId: version.id,
                recordOwnerId: version.createdById,
                context: contextOf(agreement),
              },
            })),
          ),
        ),
    };
  }

  async give(actor: Actor, agreementId: string, versionId: string, input: ConsentCreate): Promise<ConsentRound> {
    const round = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.access.findVersion(
        manager,
        actor,
        agreementId,
        versionId,
        'agreement:consent',
      );
      if (version.status !== 'proposed')
        throw new AgreementError(AgreementErrorCode.ROUND_CLOSED, 'Over deze versie loopt geen instemmingsronde.');
      const organisationId = actor.principal.organisationId;
      const regionId = await this.voterRegionOf(manager, actor, agreement);
      if (!agreement.learningGroupId && !(await this.partnerIds(manager, agreement)).includes(organisationId)) {
        throw new AgreementError(AgreementErrorCode.NOT_A_PARTNER, 'Je organisatie is geen partner van dit bouwteam.');
      }
      const reason = input.reason?.length ? input.reason : null;
      assertNoIdentifiers({ reason });
      const id = await this.consents.replaceCurrent(manager, {
        versionId,
        round: version.consentRound,
        organisationId,
        regionId,
        stance: input.stance,
        reason,
        givenById: actor.person.id,
        givenAt: this.clock.now(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'agreement-consent',
        recordId: id,
        recordOwnerId: actor.person.id,
        context: contextOf(agreement),
      });
      return this.round(manager, agreement, version);
    });
    this.roundEvents.changed(versionId);
    return round;
  }

  /** The round of a version: every stance given, and the tally of the current ones against the decision rule. */
  async round(
    manager: EntityManager,
    agreement: AgreementEntity,
    version: AgreementVersionEntity,
  ): Promise<ConsentRound> {
    const consents = await this.consents.ofVersion(manager, version.id);
    const current = consents.filter((consent) => consent.current && consent.round === version.consentRound);
    const regionNames = await this.regions.namesByIds(manager, [
      ...new Set(consents.flatMap((consent) => (consent.regionId ? [consent.regionId] : []))),
    ]);
    return {
      versionId: version.id,
      round: version.consentRound,
      open: version.status === 'proposed',
      decisionRule: agreement.decisionRule,
      votesBy: agreement.learningGroupId ? 'region' : 'organisation',
      tally: agreement.learningGroupId
        ? regionConsentTally({
            stances: current.flatMap(({ regionId, stance }) => (regionId ? [{ regionId, stance }] : [])),
            regionIds: await this.learningGroups.regionIds(manager, agreement.learningGroupId),
            rule: agreement.decisionRule,
          })
        : consentTally({
            stances: current,
            partnerOrganisationIds: await this.partnerIds(manager, agreement),
            rule: agreement.decisionRule,
          }),
      items: consents.map((consent) => toConsent(consent, version.consentRound, regionNames)),
    };
  }

  /**
   * The region a learning group's stance is given for: the one the caller represents there as a partner (one stance
   * per region). Null for a bouwteam, whose partner organisations give the stances.
   */
  private async voterRegionOf(
    manager: EntityManager,
    actor: Actor,
    agreement: AgreementEntity,
  ): Promise<string | null> {
    if (!agreement.learningGroupId) return null;
    const [regionId] = await this.memberships.representedRegionIds(manager, {
      learningGroupId: agreement.learningGroupId,
      personId: actor.person.id,
      role: 'partner',
    });
    const groupRegionIds = await this.learningGroups.regionIds(manager, agreement.learningGroupId);
    if (!regionId || !groupRegionIds.includes(regionId))
      throw new AgreementError(AgreementErrorCode.NOT_A_PARTNER, 'Je vertegenwoordigt geen regio in deze leergroep.');
    return regionId;
  }

  /** The partner organisations of a bouwteam: each gives a stance. */
  private partnerIds(manager: EntityManager, agreement: AgreementEntity): Promise<string[]> {
    return this.buildingTeams.partnerOrganisationIds(manager, agreement.buildingTeamId!);
  }
}
