import { Injectable } from '@nestjs/common';
import {
  can,
  CaseError,
  CaseErrorCode,
  type Case,
  type CaseCreate,
  type CaseUpdate,
  type GuidelineClause,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { RegistrationGuidelinesRepository } from '../registration-guidelines/registration-guidelines.repository.js';
import { assertMayWrite, teamContext, visibleOrNotFound } from './case-access.js';
import { assertCaseAcceptable } from './case-checks.js';
import { toCase, toCaseColumns } from './case.mapper.js';
import { CasesRepository } from './cases.repository.js';

const emptyLists = {
  presentingDimensions: [],
  underlyingDimensions: [],
  lifeDomains: [],
  underlyingLifeDomains: [],
  organisationTypesInvolved: [],
  legalFrameworks: [],
};

/** Bringing in and changing cases: checked against the privacy guard and the guideline in force, every change kept. */
@Injectable()
export class CaseRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly guidelines: RegistrationGuidelinesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  create(actor: Actor, input: CaseCreate): Promise<Case> {
    const { buildingTeamId, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      if (!can({ principal: actor.principal, permission: 'case:read', context: teamContext(buildingTeamId) })) {
        throw new CaseError(CaseErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      }
      assertMayWrite(actor.principal, buildingTeamId);
      assertCaseAcceptable({ fields, clauses: await this.clauses(manager, buildingTeamId), partial: false });
      await this.assertOrganisation(manager, fields.caseDirectorOrganisationId);
      const id = await this.cases.insert(manager, {
        ...emptyLists,
        ...toCaseColumns(fields),
        title: fields.title!,
        buildingTeamId,
        status: 'brought-in',
        broughtInById: actor.person.id,
        organisationId: actor.principal.organisationId,
      });
      await this.cases.insertChange(manager, {
        caseId: id,
        changedAt: this.clock.now(),
        changedById: actor.person.id,
        fields: Object.keys(fields).sort(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'case',
        recordId: id,
        recordOwnerId: actor.person.id,
        context: teamContext(buildingTeamId),
      });
      return toCase(await this.cases.findOrFail(manager, id), 'full');
    });
  }

  update(actor: Actor, id: string, input: CaseUpdate): Promise<Case> {
    const { status, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const entity = visibleOrNotFound(actor.principal, await this.cases.find(manager, id));
      assertMayWrite(actor.principal, entity.buildingTeamId);
      assertCaseAcceptable({ fields, clauses: await this.clauses(manager, entity.buildingTeamId), partial: true });
      await this.assertOrganisation(manager, fields.caseDirectorOrganisationId);
      await this.cases.update(manager, id, {
        ...toCaseColumns(fields),
        ...(status ? { status } : {}),
        updatedAt: this.clock.now(),
      });
      await this.cases.insertChange(manager, {
        caseId: id,
        changedAt: this.clock.now(),
        changedById: actor.person.id,
        fields: Object.keys(input).sort(),
      });
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'case',
        recordId: id,
        recordOwnerId: entity.broughtInById,
        context: teamContext(entity.buildingTeamId),
      });
      return toCase(await this.cases.findOrFail(manager, id), 'full');
    });
  }

  private async clauses(manager: EntityManager, buildingTeamId: string): Promise<GuidelineClause[]> {
    const guideline = await this.guidelines.findInForce(manager, buildingTeamId);
    if (!guideline)
      throw new CaseError(
        CaseErrorCode.NO_GUIDELINE,
        'Dit bouwteam heeft nog geen registratierichtlijn in werking; leg eerst vast wat jullie wel en niet registreren.',
      );
    return guideline.clauses;
  }

  private async assertOrganisation(manager: EntityManager, organisationId: string | undefined): Promise<void> {
    if (organisationId && !(await this.organisations.exists(manager, organisationId))) {
      throw new CaseError(CaseErrorCode.ORGANISATION_NOT_FOUND, 'De organisatie van de casusregisseur bestaat niet.', [
        { name: 'body.caseDirectorOrganisationId', reason: 'Onbekende organisatie.', code: 'not_found' },
      ]);
    }
  }
}
