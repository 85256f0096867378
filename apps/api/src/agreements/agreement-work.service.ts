import { Injectable } from '@nestjs/common';
import {
  addDays,
  calendarDateAt,
  formatVersionNumber,
  workListLimit,
  workReviewDueDays,
  type Principal,
  type WorkAgreementItem,
} from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { Clock } from '../common/clock.js';
import type { AgreementVersionEntity } from './agreement.entity.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { contextOf } from './agreements.mapper.js';

/** The agreements' part of the work list ("Voor jou"): stances my organisation owes, reviews due, concepts to edit. */
@Injectable()
export class AgreementWork {
  constructor(
    private readonly versions: AgreementVersionsRepository,
    private readonly buildingTeams: BuildingTeamsRepository,
    private readonly clock: Clock,
  ) {}

  async of(
    manager: EntityManager,
    principal: Principal,
  ): Promise<{ consentsOwed: WorkAgreementItem[]; reviewsDue: WorkAgreementItem[]; drafts: WorkAgreementItem[] }> {
    const reviewLimit = addDays({ date: calendarDateAt(this.clock.now()), days: workReviewDueDays });
    const [proposals, reviewsDue, drafts] = await Promise.all([
      this.versions.awaitingStanceOf(manager, principal, workListLimit),
      this.versions.dueForReview(manager, principal, reviewLimit, workListLimit),
      this.versions.editableConcepts(manager, principal, workListLimit),
    ]);
    return {
      consentsOwed: (await this.onlyWhereAPartner(manager, principal, proposals)).map(toWorkItem),
      reviewsDue: reviewsDue.map(toWorkItem),
      drafts: drafts.map(toWorkItem),
    };
  }

  /**
   * A bouwteam's stances are given by its partner organisations; a person with a role there whose organisation is not
   * one owes none. (In a learning group, holding the partner role is what makes one's organisation take part.)
   */
  private async onlyWhereAPartner(
    manager: EntityManager,
    principal: Principal,
    proposals: AgreementVersionEntity[],
  ): Promise<AgreementVersionEntity[]> {
    const teamIds = [...new Set(proposals.flatMap(({ agreement }) => agreement.buildingTeamId ?? []))];
    const partnerTeams = new Set<string>();
    for (const teamId of teamIds) {
      if ((await this.buildingTeams.partnerOrganisationIds(manager, teamId)).includes(principal.organisationId))
        partnerTeams.add(teamId);
    }
    return proposals.filter(({ agreement }) => !agreement.buildingTeamId || partnerTeams.has(agreement.buildingTeamId));
  }
}

function toWorkItem(version: AgreementVersionEntity): WorkAgreementItem {
  const { agreement } = version;
  return {
    agreement: { id: agreement.id, name: agreement.title },
    context: { ...contextOf(agreement), name: agreement.buildingTeam?.name ?? agreement.learningGroup?.name ?? '' },
    version: { id: version.id, number: formatVersionNumber(version), status: version.status },
    since: version.updatedAt.toISOString(),
    ...(version.reviewDate ? { reviewDate: version.reviewDate } : {}),
    ...(version.status === 'proposed' && version.consentDeadline ? { consentDeadline: version.consentDeadline } : {}),
  };
}
