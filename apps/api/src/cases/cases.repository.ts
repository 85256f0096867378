import { Injectable } from '@nestjs/common';
import type { CaseListQuery, Page, Principal } from '@leerkring/domain';
import { In, type DeepPartial, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { escapeLike } from '../common/like.js';
import { findPage } from '../common/pagination.js';
import { scopeToContexts } from '../common/scope.js';
import { CaseChangeEntity } from './case-change.entity.js';
import { CaseEntity } from './case.entity.js';

const relations = {
  buildingTeam: true,
  broughtInBy: true,
  organisation: true,
  caseDirectorOrganisation: true,
} as const;

/** Every query of the cases feature: cases and their change history. */
@Injectable()
export class CasesRepository {
  /**
   * One page of the cases the principal may read, newest first. The search matches titles and narratives only in
   * `narrativeTeams`: searching free texts one may not read would tell what they say.
   */
  findVisiblePage(
    manager: EntityManager,
    { principal, query, narrativeTeams }: { principal: Principal; query: CaseListQuery; narrativeTeams: string[] },
  ): Promise<Page<CaseEntity>> {
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
      // Titles are free text too: a search matches only in the bouwteams whose case content the caller may read.
      const search = `%${escapeLike(query.search.toLowerCase())}%`;
      if (narrativeTeams.length > 0) {
        builder.andWhere(
          "(case.buildingTeamId IN (:...narrativeTeams) AND (LOWER(case.title) LIKE :search ESCAPE '\\' OR LOWER(case.narrative) LIKE :search ESCAPE '\\'))",
          { search, narrativeTeams },
        );
      } else {
        builder.andWhere('1 = 0');
      }
    }
    return findPage(builder, query, (entity) => entity);
  }

  /** A case with its bouwteam, who brought it in, their organisation and the case director's organisation. */
  find(manager: EntityManager, id: string): Promise<CaseEntity | null> {
    return manager.getRepository(CaseEntity).findOne({ where: { id }, relations });
  }

  findOrFail(manager: EntityManager, id: string): Promise<CaseEntity> {
    return manager.getRepository(CaseEntity).findOneOrFail({ where: { id }, relations });
  }

  async insert(manager: EntityManager, values: DeepPartial<CaseEntity>): Promise<string> {
    const cases = manager.getRepository(CaseEntity);
    const { id } = await cases.save(cases.create(values));
    return id;
  }

  async update(manager: EntityManager, id: string, values: QueryDeepPartialEntity<CaseEntity>): Promise<void> {
    await manager.getRepository(CaseEntity).update({ id }, values);
  }

  async insertChange(manager: EntityManager, change: Omit<CaseChangeEntity, 'id' | 'changedBy'>): Promise<void> {
    await manager.getRepository(CaseChangeEntity).insert(change);
  }

  /** A case's changes, oldest first, with who made each. */
  findChanges(manager: EntityManager, caseId: string): Promise<CaseChangeEntity[]> {
    return manager
      .getRepository(CaseChangeEntity)
      .find({ where: { caseId }, relations: { changedBy: true }, order: { changedAt: 'ASC' } });
  }

  /** Whether every one of these cases belongs to the bouwteam (none given: yes). */
  async allOfTeam(manager: EntityManager, buildingTeamId: string, caseIds: readonly string[]): Promise<boolean> {
    const unique = [...new Set(caseIds)];
    if (unique.length === 0) return true;
    return (await this.countInBuildingTeam(manager, unique, buildingTeamId)) === unique.length;
  }

  /** The question dimensions of every case in which the principal may read insight, of one bouwteam or all. */
  findQuestionDimensions(
    manager: EntityManager,
    principal: Principal,
    buildingTeamId: string | undefined,
  ): Promise<Pick<CaseEntity, 'id' | 'presentingDimensions' | 'underlyingDimensions' | 'buildingTeamId'>[]> {
    const builder = manager
      .getRepository(CaseEntity)
      .createQueryBuilder('case')
      .select(['case.id', 'case.presentingDimensions', 'case.underlyingDimensions', 'case.buildingTeamId']);
    scopeToContexts({
      builder,
      column: 'case.buildingTeamId',
      principal,
      permission: 'insight:read',
      contextType: 'building-team',
    });
    if (buildingTeamId) builder.andWhere('case.buildingTeamId = :buildingTeamId', { buildingTeamId });
    return builder.getMany();
  }

  /** How many of these cases belong to the bouwteam (for agreements). */
  countInBuildingTeam(manager: EntityManager, ids: readonly string[], buildingTeamId: string): Promise<number> {
    return manager.getRepository(CaseEntity).countBy({ id: In([...ids]), buildingTeamId });
  }

  /** Id, title and creation time of the cases of these ids that exist (for agreements and sessions). */
  async titles(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; title: string; createdAt: Date }[]> {
    const cases = await manager.getRepository(CaseEntity).findBy({ id: In([...ids]) });
    return cases.map((found) => ({ id: found.id, title: found.title, createdAt: found.createdAt }));
  }
}
