import { Injectable } from '@nestjs/common';
import type { Principal } from '@leerkring/domain';
import { In, type EntityManager } from 'typeorm';
import { scopeToAnyContext } from '../common/scope.js';
import { AgreementVersionChangeEntity, AgreementVersionEntity } from './agreement.entity.js';
import { updateAtRevision } from '../common/revision-guard.js';

const versionRelations = { createdBy: true, updatedBy: true } as const;
const agreementContextColumns = [
  { column: 'agreement.buildingTeamId', contextType: 'building-team' },
  { column: 'agreement.learningGroupId', contextType: 'learning-group' },
] as const;

export type NewVersion = Omit<
  AgreementVersionEntity,
  'id' | 'agreement' | 'createdBy' | 'updatedBy' | 'createdAt' | 'updatedAt' | 'consentDeadline' | 'proposedById'
> &
  Partial<Pick<AgreementVersionEntity, 'consentDeadline' | 'proposedById'>>;
export type VersionChanges = Partial<
  Pick<
    AgreementVersionEntity,
    | 'clauses'
    | 'changelog'
    | 'status'
    | 'consentRound'
    | 'validFrom'
    | 'validUntil'
    | 'reviewDate'
    | 'consentDeadline'
    | 'proposedById'
  >
>;
export type NewVersionChange = Omit<AgreementVersionChangeEntity, 'id' | 'version' | 'changedBy'>;

/** The versions of agreements and the history of their changes. */
@Injectable()
export class AgreementVersionsRepository {
  /** The versions of an agreement, without their authors. */
  ofAgreement(manager: EntityManager, agreementId: string): Promise<AgreementVersionEntity[]> {
    return manager.getRepository(AgreementVersionEntity).findBy({ agreementId });
  }

  ofAgreements(manager: EntityManager, agreementIds: readonly string[]): Promise<AgreementVersionEntity[]> {
    return manager.getRepository(AgreementVersionEntity).findBy({ agreementId: In([...agreementIds]) });
  }

  /**
   * The versions in force, due for review on or before `reviewLimit`, of the agreements the principal may read that
   * belong to a bouwteam of one of `municipalityIds` or to a learning group of the region (for the GALA dashboard).
   */
  dueForReviewInRegion(
    manager: EntityManager,
    {
      principal,
      regionId,
      municipalityIds,
      reviewLimit,
    }: { principal: Principal; regionId: string; municipalityIds: readonly string[]; reviewLimit: string },
  ): Promise<AgreementVersionEntity[]> {
    const builder = manager
      .getRepository(AgreementVersionEntity)
      .createQueryBuilder('version')
      .innerJoinAndSelect('version.agreement', 'agreement')
      .leftJoinAndSelect('agreement.buildingTeam', 'buildingTeam')
      .leftJoinAndSelect('agreement.learningGroup', 'learningGroup')
      .where("version.status IN ('beta', 'adopted')")
      // Calendar dates are stored as YYYY-MM-DD, so comparing them as text compares them as dates.
      .andWhere('version.reviewDate <= :reviewLimit', { reviewLimit })
      .andWhere(
        `(buildingTeam.municipality_id IN (:...municipalityIds) OR EXISTS (SELECT 1 FROM learning_group_region lgr WHERE lgr.learning_group_id = agreement.learning_group_id AND lgr.region_id = :regionId))`,
        { municipalityIds: municipalityIds.length > 0 ? [...municipalityIds] : [''], regionId },
      )
      .orderBy('version.reviewDate', 'ASC')
      .addOrderBy('version.id', 'ASC')
      .take(200);
    scopeToAnyContext({ builder, contexts: agreementContextColumns, principal, permission: 'agreement:read' });
    return builder.getMany();
  }

  /**
   * Proposals in the contexts where the principal gives stances on behalf of their organisation, on which that
   * organisation has no stance yet in the current round; the longest waiting first.
   */
  awaitingStanceOf(manager: EntityManager, principal: Principal, limit: number): Promise<AgreementVersionEntity[]> {
    const builder = this.withContext(manager)
      .where("version.status = 'proposed'")
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM agreement_consent given WHERE given.version_id = version.id AND given.round = version.consent_round AND given.current = :current AND given.organisation_id = :organisationId)',
        { current: true, organisationId: principal.organisationId },
      )
      .orderBy('version.updatedAt', 'ASC')
      .addOrderBy('version.id', 'ASC')
      .limit(limit);
    scopeToAnyContext({ builder, contexts: agreementContextColumns, principal, permission: 'agreement:consent' });
    return builder.getMany();
  }

  /** Versions in force, of agreements the principal may read, due for review on or before `reviewLimit`; the first first. */
  dueForReview(
    manager: EntityManager,
    principal: Principal,
    reviewLimit: string,
    limit: number,
  ): Promise<AgreementVersionEntity[]> {
    const builder = this.withContext(manager)
      .where("version.status IN ('beta', 'adopted')")
      // Calendar dates are stored as YYYY-MM-DD, so comparing them as text compares them as dates.
      .andWhere('version.reviewDate <= :reviewLimit', { reviewLimit })
      .orderBy('version.reviewDate', 'ASC')
      .addOrderBy('version.id', 'ASC')
      .limit(limit);
    scopeToAnyContext({ builder, contexts: agreementContextColumns, principal, permission: 'agreement:read' });
    return builder.getMany();
  }

  /** Concepts the principal may edit, the last changed first. */
  editableConcepts(manager: EntityManager, principal: Principal, limit: number): Promise<AgreementVersionEntity[]> {
    const builder = this.withContext(manager)
      .where("version.status = 'concept'")
      .orderBy('version.updatedAt', 'DESC')
      .addOrderBy('version.id', 'ASC')
      .limit(limit);
    scopeToAnyContext({ builder, contexts: agreementContextColumns, principal, permission: 'agreement:write' });
    return builder.getMany();
  }

  private withContext(manager: EntityManager) {
    return manager
      .getRepository(AgreementVersionEntity)
      .createQueryBuilder('version')
      .innerJoinAndSelect('version.agreement', 'agreement')
      .leftJoinAndSelect('agreement.buildingTeam', 'buildingTeam')
      .leftJoinAndSelect('agreement.learningGroup', 'learningGroup');
  }

  /** The versions of an agreement with who created and last changed them. */
  withAuthorsOf(manager: EntityManager, agreementId: string): Promise<AgreementVersionEntity[]> {
    return manager.getRepository(AgreementVersionEntity).find({ where: { agreementId }, relations: versionRelations });
  }

  /** A version of this agreement with its authors, or null. */
  find(manager: EntityManager, agreementId: string, id: string): Promise<AgreementVersionEntity | null> {
    return manager
      .getRepository(AgreementVersionEntity)
      .findOne({ where: { id, agreementId }, relations: versionRelations });
  }

  /** A version of this agreement without its authors, or null. */
  findPlain(manager: EntityManager, agreementId: string, id: string): Promise<AgreementVersionEntity | null> {
    return manager.getRepository(AgreementVersionEntity).findOneBy({ id, agreementId });
  }

  /** Only the status of a version of this agreement, or null. */
  findStatus(
    manager: EntityManager,
    agreementId: string,
    id: string,
  ): Promise<Pick<AgreementVersionEntity, 'id' | 'status'> | null> {
    return manager
      .getRepository(AgreementVersionEntity)
      .findOne({ select: { id: true, status: true }, where: { id, agreementId } });
  }

  get(manager: EntityManager, id: string): Promise<AgreementVersionEntity> {
    return manager.getRepository(AgreementVersionEntity).findOneOrFail({ where: { id }, relations: versionRelations });
  }

  /** The version being consented on, if any. */
  findProposed(manager: EntityManager, agreementId: string): Promise<AgreementVersionEntity | null> {
    return manager.getRepository(AgreementVersionEntity).findOneBy({ agreementId, status: 'proposed' });
  }

  /** The version(s) in force: beta or adopted. */
  inForce(manager: EntityManager, agreementId: string): Promise<AgreementVersionEntity[]> {
    return manager
      .getRepository(AgreementVersionEntity)
      .find({ where: { agreementId, status: In(['beta', 'adopted']) } });
  }

  async insert(manager: EntityManager, version: NewVersion): Promise<string> {
    const { id } = await manager.getRepository(AgreementVersionEntity).save(version);
    return id;
  }

  /**
   * `UPDATE … WHERE id = :id AND revision = :expected`: the revision check is part of the statement, so of any number of
   * concurrent updates based on one revision exactly one changes a row. False when none did (someone else came first).
   */
  async guardedUpdate(
    manager: EntityManager,
    {
      id,
      expected,
      changes,
      updatedById,
      updatedAt,
    }: { id: string; expected: number; changes: VersionChanges; updatedById: string; updatedAt: Date },
  ): Promise<boolean> {
    return updateAtRevision(manager, AgreementVersionEntity, { id, expected, changes, updatedById, updatedAt });
  }

  async recordChange(manager: EntityManager, change: NewVersionChange): Promise<void> {
    await manager.getRepository(AgreementVersionChangeEntity).save(change);
  }

  /** The changes of a version, oldest first, with who made them. */
  changesOf(manager: EntityManager, versionId: string): Promise<AgreementVersionChangeEntity[]> {
    return manager
      .getRepository(AgreementVersionChangeEntity)
      .find({ where: { versionId }, relations: { changedBy: true }, order: { revision: 'ASC' } });
  }

  /**
   * The versions, with their agreement, in contexts where the principal may read agreements, whose clauses may name one
   * of `ids`: a cheap filter in the database (the id appears in the clauses' JSON); the caller filters exactly.
   */
  citing(manager: EntityManager, principal: Principal, ids: readonly string[]): Promise<AgreementVersionEntity[]> {
    const builder = manager
      .getRepository(AgreementVersionEntity)
      .createQueryBuilder('version')
      .innerJoinAndSelect('version.agreement', 'agreement')
      .orderBy('agreement.title', 'ASC')
      .addOrderBy('agreement.id', 'ASC')
      .addOrderBy('version.major', 'DESC')
      .addOrderBy('version.minor', 'DESC');
    scopeToAnyContext({ builder, contexts: agreementContextColumns, principal, permission: 'agreement:read' });
    builder.andWhere(
      `(${ids.map((_, index) => `version.clauses LIKE :source${index}`).join(' OR ')})`,
      Object.fromEntries(ids.map((id, index) => [`source${index}`, `%"${id}"%`])),
    );
    return builder.getMany();
  }
}
