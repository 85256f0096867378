import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  formatVersionNumber,
  type Agreement,
  type AgreementCreate,
  type AgreementListQuery,
  type AgreementUpdate,
  type Page,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { requireContextAccess } from '../common/team-access.js';
import type { AgreementEntity } from './agreement.entity.js';
import { AgreementAccess } from './agreement-access.service.js';
import { agreementNotFound, assertNoIdentifiers, clauseFields } from './agreement-checks.js';
import { AgreementRevisions } from './agreement-revisions.service.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { contextOf, toAgreement } from './agreements.mapper.js';
import { AgreementsRepository } from './agreements.repository.js';
import { ClauseLinks } from './clause-links.service.js';

/** The agreements themselves: which there are, a new one with its first concept, and its title, scope and rule. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsRepository,
    private readonly versions: AgreementVersionsRepository,
    private readonly access: AgreementAccess,
    private readonly revisions: AgreementRevisions,
    private readonly clauseLinks: ClauseLinks,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, query: AgreementListQuery): Promise<Page<Agreement>> {
    return this.dataSource.transaction(async (manager) => {
      const page = await this.agreements.page(manager, {
        principal: actor.principal,
        query,
        ...(query.reviewDueWithinDays === undefined
          ? {}
          : {
              reviewLimit: new Date(this.clock.now().getTime() + query.reviewDueWithinDays * 24 * 3600 * 1000)
                .toISOString()
                .slice(0, 10),
            }),
      });
      const versions =
        page.items.length === 0
          ? []
          : await this.versions.ofAgreements(
              manager,
              page.items.map((item) => item.id),
            );
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'agreement' },
        page.items.map((item) => ({ recordId: item.id, recordOwnerId: item.createdById, context: contextOf(item) })),
      );
      return {
        meta: page.meta,
        items: page.items.map((item) =>
          toAgreement(
            item,
            versions.filter((version) => version.agreementId === item.id),
          ),
        ),
      };
    });
  }

  get(actor: Actor, agreementId: string): Promise<Agreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.access.findAgreement(manager, actor, agreementId);
      await this.access.log(manager, actor, 'read', agreement);
      return this.agreementOf(manager, agreement);
    });
  }

  create(actor: Actor, input: AgreementCreate): Promise<Agreement> {
    return this.dataSource.transaction(async (manager) => {
      requireContextAccess({
        principal: actor.principal,
        context: input.context,
        read: 'agreement:read',
        act: 'agreement:write',
        notFound: agreementNotFound,
      });
      assertNoIdentifiers({
        title: input.title,
        scope: input.scope,
        changelog: input.changelog,
        ...clauseFields(input.clauses),
      });
      await this.clauseLinks.assertLessonsOfContext(manager, actor, input.context, input.clauses);
      await this.clauseLinks.assertIterationsOf(manager, null, input.clauses);
      const agreementId = await this.agreements.insert(manager, {
        buildingTeamId: input.context.type === 'building-team' ? input.context.id : null,
        learningGroupId: input.context.type === 'learning-group' ? input.context.id : null,
        title: input.title,
        scope: input.scope,
        decisionRule: input.decisionRule,
        createdById: actor.person.id,
      });
      const firstId = await this.versions.insert(manager, {
        agreementId,
        major: 0,
        minor: 1,
        status: 'concept',
        clauses: input.clauses,
        changelog: input.changelog,
        revision: 1,
        consentRound: 0,
        basedOnVersionId: null,
        validFrom: null,
        validUntil: null,
        reviewDate: null,
        createdById: actor.person.id,
        updatedById: actor.person.id,
      });
      await this.revisions.recordCreated(manager, actor, firstId);
      const stored = await this.agreements.get(manager, agreementId);
      await this.access.log(manager, actor, 'create', stored);
      return this.agreementOf(manager, stored);
    });
  }

  /** Title, scope or decision rule; the rule stays as it is while partners are giving their stances on a proposal. */
  update(actor: Actor, agreementId: string, input: AgreementUpdate): Promise<Agreement> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.findAgreement(manager, actor, agreementId, 'agreement:write');
      assertNoIdentifiers({ title: input.title, scope: input.scope });
      if (input.decisionRule) {
        const proposed = await this.versions.findProposed(manager, agreementId);
        if (proposed) {
          throw new AgreementError(
            AgreementErrorCode.ROUND_OPEN,
            `Over versie ${formatVersionNumber(proposed)} loopt een instemmingsronde; het besluitvormingsrecht verandert pas daarna.`,
            [{ name: 'body.decisionRule', reason: 'Niet tijdens een instemmingsronde.', code: 'round_open' }],
          );
        }
      }
      await this.agreements.update(manager, agreementId, { ...input, updatedAt: this.clock.now() });
      const stored = await this.agreements.get(manager, agreementId);
      await this.access.log(manager, actor, 'update', stored);
      return this.agreementOf(manager, stored);
    });
  }

  private async agreementOf(manager: EntityManager, agreement: AgreementEntity): Promise<Agreement> {
    return toAgreement(agreement, await this.versions.ofAgreement(manager, agreement.id));
  }
}
