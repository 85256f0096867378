import { Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  can,
  CaseError,
  CaseErrorCode,
  type Case,
  type CaseCreate,
  type CaseFields,
  type CaseListQuery,
  type CaseUpdate,
  type GuidelineClause,
  type Page,
  type Principal,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { escapeLike } from '../common/like.js';
import { guidelineInForce } from '../registration-guidelines/registration-guidelines.service.js';
import { CaseChangeEntity } from './case-change.entity.js';
import { assertCaseAcceptable } from './case-checks.js';
import { CaseEntity } from './case.entity.js';
import { toCase } from './case.mapper.js';

const relations = {
  buildingTeam: true,
  broughtInBy: true,
  organisation: true,
  caseDirectorOrganisation: true,
} as const;
const teamContext = (buildingTeamId: string) => ({ type: 'building-team' as const, id: buildingTeamId });

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, query: CaseListQuery): Promise<Page<Case>> {
    return this.dataSource.transaction(async (manager) => {
      const { principal } = actor;
      const builder = manager
        .getRepository(CaseEntity)
        .createQueryBuilder('case')
        .innerJoinAndSelect('case.buildingTeam', 'buildingTeam')
        .innerJoinAndSelect('case.broughtInBy', 'broughtInBy')
        .innerJoinAndSelect('case.organisation', 'organisation')
        .leftJoinAndSelect('case.caseDirectorOrganisation', 'caseDirectorOrganisation')
        .orderBy('case.createdAt', 'DESC')
        .addOrderBy('case.id', 'ASC');
      scopeToContexts({
        builder,
        column: 'case.buildingTeamId',
        principal,
        permission: 'case:read',
        contextType: 'building-team',
      });
      if (query.buildingTeamId)
        builder.andWhere('case.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
      if (query.status) builder.andWhere('case.status = :status', { status: query.status });
      if (query.lifeDomain)
        builder.andWhere('case.lifeDomains LIKE :lifeDomain', { lifeDomain: `%"${query.lifeDomain}"%` });
      if (query.legalFramework)
        builder.andWhere('case.legalFrameworks LIKE :legalFramework', {
          legalFramework: `%"${query.legalFramework}"%`,
        });
      if (query.search) {
        const search = `%${escapeLike(query.search.toLowerCase())}%`;
        // Searching narratives one may not read would tell what they say: only where the narrative is visible.
        const narrativeTeams = readableNarrativeTeams(principal);
        if (narrativeTeams.length > 0) {
          builder.andWhere(
            "(LOWER(case.title) LIKE :search ESCAPE '\\' OR (case.buildingTeamId IN (:...narrativeTeams) AND LOWER(case.narrative) LIKE :search ESCAPE '\\'))",
            { search, narrativeTeams },
          );
        } else {
          builder.andWhere("LOWER(case.title) LIKE :search ESCAPE '\\'", { search });
        }
      }
      const page = await findPage(builder, query, (entity) =>
        toCase(entity, { withNarrative: mayReadNarrative(principal, entity.buildingTeamId) }),
      );
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'case', ...(query.buildingTeamId ? { context: teamContext(query.buildingTeamId) } : {}) },
        page.items.map((item) => ({
          recordId: item.id,
          recordOwnerId: item.broughtInBy.id,
          context: teamContext(item.buildingTeam.id),
        })),
      );
      return page;
    });
  }

  get(actor: Actor, id: string): Promise<Case> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.findVisible(manager, actor.principal, id);
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'case',
        recordId: id,
        recordOwnerId: entity.broughtInById,
        context: teamContext(entity.buildingTeamId),
      });
      return toCase(entity, { withNarrative: mayReadNarrative(actor.principal, entity.buildingTeamId) });
    });
  }

  create(actor: Actor, input: CaseCreate): Promise<Case> {
    const { buildingTeamId, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      if (!can({ principal: actor.principal, permission: 'case:read', context: teamContext(buildingTeamId) })) {
        throw new CaseError(CaseErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      }
      this.assertMayWrite(actor.principal, buildingTeamId);
      assertCaseAcceptable({ fields, clauses: await this.clauses(manager, buildingTeamId), partial: false });
      await this.assertOrganisation(manager, fields.caseDirectorOrganisationId);
      const cases = manager.getRepository(CaseEntity);
      const { id } = await cases.save(
        cases.create({
          ...emptyLists,
          ...columnsOf(fields),
          title: fields.title!,
          buildingTeamId,
          status: 'brought-in',
          broughtInById: actor.person.id,
          organisationId: actor.principal.organisationId,
        }),
      );
      await manager.getRepository(CaseChangeEntity).insert({
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
      return toCase(await cases.findOneOrFail({ where: { id }, relations }), { withNarrative: true });
    });
  }

  update(actor: Actor, id: string, input: CaseUpdate): Promise<Case> {
    const { status, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.findVisible(manager, actor.principal, id);
      this.assertMayWrite(actor.principal, entity.buildingTeamId);
      assertCaseAcceptable({ fields, clauses: await this.clauses(manager, entity.buildingTeamId), partial: true });
      await this.assertOrganisation(manager, fields.caseDirectorOrganisationId);
      await manager
        .getRepository(CaseEntity)
        .update({ id }, { ...columnsOf(fields), ...(status ? { status } : {}), updatedAt: this.clock.now() });
      await manager.getRepository(CaseChangeEntity).insert({
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
      return toCase(await manager.getRepository(CaseEntity).findOneOrFail({ where: { id }, relations }), {
        withNarrative: true,
      });
    });
  }

  history(actor: Actor, id: string) {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.findVisible(manager, actor.principal, id);
      const changes = await manager
        .getRepository(CaseChangeEntity)
        .find({ where: { caseId: id }, relations: { changedBy: true }, order: { changedAt: 'ASC' } });
      await this.accessLog.record(manager, actor, {
        event: 'read',
        recordType: 'case-history',
        recordId: id,
        recordOwnerId: entity.broughtInById,
        context: teamContext(entity.buildingTeamId),
      });
      return {
        items: changes.map((change) => ({
          id: change.id,
          changedAt: change.changedAt.toISOString(),
          changedBy: { id: change.changedBy.id, name: change.changedBy.name },
          fields: change.fields,
        })),
      };
    });
  }

  /** A case of a bouwteam the caller is not part of answers as if it did not exist. */
  private async findVisible(manager: EntityManager, principal: Principal, id: string): Promise<CaseEntity> {
    const entity = await manager.getRepository(CaseEntity).findOne({ where: { id }, relations });
    if (!entity || !can({ principal, permission: 'case:read', context: teamContext(entity.buildingTeamId) })) {
      throw new CaseError(CaseErrorCode.NOT_FOUND, 'Deze casus bestaat niet.');
    }
    return entity;
  }

  private assertMayWrite(principal: Principal, buildingTeamId: string): void {
    if (!can({ principal, permission: 'case:write', context: teamContext(buildingTeamId) })) {
      throw new AuthError(
        AuthErrorCode.FORBIDDEN,
        'Alleen partners en facilitators van het bouwteam brengen casussen in en wijzigen ze.',
      );
    }
  }

  private async clauses(manager: EntityManager, buildingTeamId: string): Promise<GuidelineClause[]> {
    const guideline = await guidelineInForce(manager, buildingTeamId);
    if (!guideline)
      throw new CaseError(
        CaseErrorCode.NO_GUIDELINE,
        'Dit bouwteam heeft nog geen registratierichtlijn in werking; leg eerst vast wat jullie wel en niet registreren.',
      );
    return guideline.clauses;
  }

  private async assertOrganisation(manager: EntityManager, organisationId: string | undefined): Promise<void> {
    if (organisationId && !(await manager.getRepository(OrganisationEntity).existsBy({ id: organisationId }))) {
      throw new CaseError(CaseErrorCode.ORGANISATION_NOT_FOUND, 'De organisatie van de casusregisseur bestaat niet.', [
        { name: 'body.caseDirectorOrganisationId', reason: 'Onbekende organisatie.', code: 'not_found' },
      ]);
    }
  }
}

function mayReadNarrative(principal: Principal, buildingTeamId: string): boolean {
  return can({ principal, permission: 'case:read-narrative', context: teamContext(buildingTeamId) });
}

function readableNarrativeTeams(principal: Principal): string[] {
  return principal.memberships
    .filter(
      (membership) =>
        membership.contextType === 'building-team' &&
        can({ principal, permission: 'case:read-narrative', context: teamContext(membership.contextId) }),
    )
    .map((membership) => membership.contextId);
}

/** The columns a set of case fields changes; fields left out stay as they are. */
function columnsOf(fields: CaseFields): Partial<CaseEntity> {
  const columns: Partial<CaseEntity> = {};
  const nullable = [
    'narrative',
    'presentingQuestion',
    'underlyingQuestion',
    'ageGroup',
    'diagnosis',
    'familyMembers',
  ] as const;
  if (fields.title !== undefined) columns.title = fields.title;
  for (const field of nullable) if (fields[field] !== undefined) columns[field] = fields[field] || null;
  if (fields.professionalsInvolved !== undefined) columns.professionalsInvolved = fields.professionalsInvolved;
  if (fields.caseDirectorOrganisationId !== undefined)
    columns.caseDirectorOrganisationId = fields.caseDirectorOrganisationId;
  for (const list of [
    'presentingDimensions',
    'underlyingDimensions',
    'lifeDomains',
    'organisationTypesInvolved',
    'legalFrameworks',
  ] as const) {
    if (fields[list] !== undefined) (columns as Record<string, unknown>)[list] = fields[list];
  }
  return columns;
}

const emptyLists = {
  presentingDimensions: [],
  underlyingDimensions: [],
  lifeDomains: [],
  organisationTypesInvolved: [],
  legalFrameworks: [],
};
