import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  can,
  canTransition,
  consentTally,
  diffVersions,
  diffVersionSteps,
  formatVersionNumber,
  inForceOptions,
  isInForce,
  isOpen,
  iterationAsksForAgreementChange,
  lessonAsksForAgreementChange,
  nextVersionNumber,
  type Agreement,
  type AgreementCreate,
  type AgreementDiff,
  type AgreementIterationProposal,
  type AgreementLessonProposal,
  type AgreementListQuery,
  type AgreementUpdate,
  type AgreementVersion,
  type AgreementVersionCreate,
  type AgreementVersionHistory,
  type AgreementVersionInForce,
  type AgreementVersionStatus,
  type AgreementVersionStatusChange,
  type AgreementVersionUpdate,
  type Clause,
  type ClauseSource,
  type ClauseSourceQuery,
  pageMeta,
  pageWindow,
  statusChangePermission,
  versionEtag,
  type ConsentCreate,
  type ConsentRound,
  type Page,
} from '@leerkring/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { MembershipEntity } from '../memberships/membership.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { Clock } from '../common/clock.js';
import { runInSteps } from '../common/steps.js';
import { InvalidInputError } from '../common/http/request-error.js';
import { findPage } from '../common/pagination.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { scopeToAnyContext } from '../common/scope.js';
import { requireContextAccess } from '../common/team-access.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { toReference } from '../organisations/organisation.mapper.js';
import {
  AgreementConsentEntity,
  AgreementEntity,
  AgreementVersionChangeEntity,
  AgreementVersionEntity,
} from './agreement.entity.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { IterationEntity } from './iteration.entity.js';

const notFound = () => new AgreementError(AgreementErrorCode.NOT_FOUND, 'Deze afspraak bestaat niet.');
const versionNotFound = () =>
  new AgreementError(AgreementErrorCode.VERSION_NOT_FOUND, 'Deze versie van de afspraak bestaat niet.');
const versionRelations = { createdBy: true, updatedBy: true } as const;
const agreementRelations = { buildingTeam: true, learningGroup: true } as const;
type AgreementAct = 'agreement:write' | 'agreement:consent' | 'agreement:put-in-force';

/** The bouwteam or learning group an agreement belongs to (exactly one; a CHECK constraint keeps it so). */
export function contextOf(agreement: Pick<AgreementEntity, 'buildingTeamId' | 'learningGroupId'>): {
  type: 'building-team' | 'learning-group';
  id: string;
} {
  return agreement.buildingTeamId
    ? { type: 'building-team', id: agreement.buildingTeamId }
    : { type: 'learning-group', id: agreement.learningGroupId! };
}

const contextColumns = [
  { column: 'agreement.buildingTeamId', contextType: 'building-team' },
  { column: 'agreement.learningGroupId', contextType: 'learning-group' },
] as const;

export function toVersion(entity: AgreementVersionEntity): AgreementVersion {
  return {
    id: entity.id,
    agreementId: entity.agreementId,
    number: formatVersionNumber(entity),
    status: entity.status,
    clauses: entity.clauses.map((clause) => ({
      ...clause,
      lessonIds: clause.lessonIds ?? [],
      iterationIds: clause.iterationIds ?? [],
    })),
    changelog: entity.changelog,
    revision: entity.revision,
    consentRound: entity.consentRound,
    basedOnVersionId: entity.basedOnVersionId,
    validFrom: entity.validFrom,
    validUntil: entity.validUntil,
    ...(entity.reviewDate ? { reviewDate: entity.reviewDate } : {}),
    createdBy: toReference(entity.createdBy),
    updatedBy: toReference(entity.updatedBy),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

const summary = (version: AgreementVersionEntity) => ({
  id: version.id,
  number: formatVersionNumber(version),
  status: version.status,
  ...(version.reviewDate ? { reviewDate: version.reviewDate } : {}),
});
const byNumberDesc = (a: AgreementVersionEntity, b: AgreementVersionEntity) => b.major - a.major || b.minor - a.minor;

function toAgreement(entity: AgreementEntity, versions: AgreementVersionEntity[]): Agreement {
  const sorted = [...versions].sort(byNumberDesc);
  const inForce = sorted.find((version) => isInForce(version.status));
  return {
    id: entity.id,
    context: { ...contextOf(entity), name: entity.buildingTeam?.name ?? entity.learningGroup?.name ?? '' },
    title: entity.title,
    scope: entity.scope,
    decisionRule: entity.decisionRule,
    versionInForce: inForce ? summary(inForce) : null,
    latestVersion: summary(sorted[0]!),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** `"3"`, `W/"3"` or `3` → 3; absent is 428 (the precondition is required), anything else invalid input. */
export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new AgreementError(
      AgreementErrorCode.PRECONDITION_REQUIRED,
      'Stuur If-Match met de ETag van de versie die je las, zodat niemand per ongeluk andermans werk overschrijft.',
      [
        {
          name: 'header.If-Match',
          reason: 'Verplicht: de ETag van de versie die je las, bijvoorbeeld "3".',
          code: 'required',
        },
      ],
    );
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header?.trim() ?? '');
  if (!match) {
    throw new InvalidInputError([
      {
        name: 'header.If-Match',
        reason: 'Stuur If-Match met de ETag van de versie die je las, bijvoorbeeld "3".',
        code: header ? 'invalid_format' : 'required',
      },
    ]);
  }
  return Number(match[1]);
}

@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly roundEvents: AgreementRoundEvents,
  ) {}

  list(actor: Actor, query: AgreementListQuery): Promise<Page<Agreement>> {
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .getRepository(AgreementEntity)
        .createQueryBuilder('agreement')
        .leftJoinAndSelect('agreement.buildingTeam', 'buildingTeam')
        .leftJoinAndSelect('agreement.learningGroup', 'learningGroup')
        .orderBy('agreement.title', 'ASC')
        .addOrderBy('agreement.id', 'ASC');
      scopeToAnyContext({
        builder,
        contexts: contextColumns,
        principal: actor.principal,
        permission: 'agreement:read',
      });
      if (query.buildingTeamId)
        builder.andWhere('agreement.buildingTeamId = :buildingTeamId', { buildingTeamId: query.buildingTeamId });
      if (query.learningGroupId)
        builder.andWhere('agreement.learningGroupId = :learningGroupId', { learningGroupId: query.learningGroupId });
      if (query.reviewDueWithinDays !== undefined) {
        // Calendar dates are stored as YYYY-MM-DD, so comparing them as text compares them as dates, on both databases.
        const limit = new Date(this.clock.now().getTime() + query.reviewDueWithinDays * 24 * 3600 * 1000)
          .toISOString()
          .slice(0, 10);
        builder.andWhere(
          `EXISTS (SELECT 1 FROM agreement_version due WHERE due.agreement_id = agreement.id AND due.status IN ('beta', 'adopted') AND due.review_date <= :reviewLimit)`,
          { reviewLimit: limit },
        );
      }
      const page = await findPage(builder, query, (entity) => entity);
      const versions =
        page.items.length === 0
          ? []
          : await manager
              .getRepository(AgreementVersionEntity)
              .findBy({ agreementId: In(page.items.map((item) => item.id)) });
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
      const agreement = await this.findAgreement(manager, actor, agreementId);
      await this.log(manager, actor, 'read', agreement);
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
        notFound,
      });
      assertNoIdentifiers({
        title: input.title,
        scope: input.scope,
        changelog: input.changelog,
        ...clauseFields(input.clauses),
      });
      await assertLessonsOfContext(manager, actor, input.context, input.clauses);
      await assertIterationsOf(manager, null, input.clauses);
      const agreement = await manager.getRepository(AgreementEntity).save({
        buildingTeamId: input.context.type === 'building-team' ? input.context.id : null,
        learningGroupId: input.context.type === 'learning-group' ? input.context.id : null,
        title: input.title,
        scope: input.scope,
        decisionRule: input.decisionRule,
        createdById: actor.person.id,
      });
      const first = await manager.getRepository(AgreementVersionEntity).save({
        agreementId: agreement.id,
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
      await this.recordCreated(manager, actor, first.id);
      const stored = await manager
        .getRepository(AgreementEntity)
        .findOneOrFail({ where: { id: agreement.id }, relations: agreementRelations });
      await this.log(manager, actor, 'create', stored);
      return this.agreementOf(manager, stored);
    });
  }

  /** Title, scope or decision rule; the rule stays as it is while partners are giving their stances on a proposal. */
  update(actor: Actor, agreementId: string, input: AgreementUpdate): Promise<Agreement> {
    return this.dataSource.transaction(async (manager) => {
      await this.findAgreement(manager, actor, agreementId, 'agreement:write');
      assertNoIdentifiers({ title: input.title, scope: input.scope });
      if (input.decisionRule) {
        const proposed = await manager
          .getRepository(AgreementVersionEntity)
          .findOneBy({ agreementId, status: 'proposed' });
        if (proposed) {
          throw new AgreementError(
            AgreementErrorCode.ROUND_OPEN,
            `Over versie ${formatVersionNumber(proposed)} loopt een instemmingsronde; het besluitvormingsrecht verandert pas daarna.`,
            [{ name: 'body.decisionRule', reason: 'Niet tijdens een instemmingsronde.', code: 'round_open' }],
          );
        }
      }
      await manager
        .getRepository(AgreementEntity)
        .update({ id: agreementId }, { ...input, updatedAt: this.clock.now() });
      const stored = await manager
        .getRepository(AgreementEntity)
        .findOneOrFail({ where: { id: agreementId }, relations: agreementRelations });
      await this.log(manager, actor, 'update', stored);
      return this.agreementOf(manager, stored);
    });
  }

  listVersions(actor: Actor, agreementId: string): Promise<{ items: AgreementVersion[] }> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.findAgreement(manager, actor, agreementId);
      const versions = await manager
        .getRepository(AgreementVersionEntity)
        .find({ where: { agreementId }, relations: versionRelations });
      await this.logFound(manager, actor, agreement, 'agreement-version', versions);
      return { items: versions.sort(byNumberDesc).map(toVersion) };
    });
  }

  getVersion(actor: Actor, agreementId: string, versionId: string): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.findVersion(manager, actor, agreementId, versionId);
      await this.log(manager, actor, 'read', agreement, 'agreement-version', version);
      return toVersion(version);
    });
  }

  createVersion(actor: Actor, agreementId: string, input: AgreementVersionCreate): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.findAgreement(manager, actor, agreementId, 'agreement:write');
      assertNoIdentifiers({ changelog: input.changelog });
      const versions = await manager.getRepository(AgreementVersionEntity).findBy({ agreementId });
      const open = versions.find((version) => isOpen(version.status));
      if (open) {
        throw new AgreementError(
          AgreementErrorCode.CONCEPT_EXISTS,
          `Versie ${formatVersionNumber(open)} is nog ${open.status === 'concept' ? 'een concept' : 'voorgesteld'}; werk daarin verder.`,
        );
      }
      const created = await this.newConcept(manager, actor, agreementId, versions, input.changelog, input.major);
      await this.log(manager, actor, 'create', agreement, 'agreement-version', created);
      return toVersion(created);
    });
  }

  /**
   * The leerlijn forward in one step: a lesson that asks for an agreement change becomes a clause (new, or an existing
   * one changed) in the open concept — or in a new concept copied from the version in force — linked to the lesson,
   * with a changelog line. Not while a proposal is being consented on: that would change what the partners judge.
   */
  proposeFromLesson(actor: Actor, agreementId: string, input: AgreementLessonProposal): Promise<AgreementVersion> {
    return this.proposeClause(actor, agreementId, input, async (manager, agreement) => {
      const lesson = await manager.getRepository(LessonEntity).findOneBy({ id: input.lessonId });
      const context = contextOf(agreement);
      const visible =
        lesson &&
        (context.type === 'building-team'
          ? lesson.buildingTeamId === context.id
          : can({
              principal: actor.principal,
              permission: 'lesson:read',
              context: { type: 'building-team', id: lesson.buildingTeamId },
            }));
      if (!lesson || !visible) {
        throw new AgreementError(AgreementErrorCode.LESSON_NOT_FOUND, 'Deze les hoort niet bij deze afspraak.', [
          { name: 'body.lessonId', reason: 'Onbekende les, of een les die je niet mag lezen.', code: 'not_found' },
        ]);
      }
      if (!lessonAsksForAgreementChange(lesson)) {
        throw new AgreementError(
          AgreementErrorCode.LESSON_NOT_FOR_AGREEMENT,
          'Deze les vraagt niet om een wijziging van een afspraak.',
          [
            {
              name: 'body.lessonId',
              reason: 'De vervolgstap van de les is niet "afspraak wijzigen".',
              code: 'invalid_follow_up',
            },
          ],
        );
      }
      return { links: 'lessonIds', id: lesson.id, because: `de les "${shortened(lesson.text)}"` };
    });
  }

  /** The same step from an action-research iteration that decided to adapt the agreement: the clause answers it. */
  proposeFromIteration(
    actor: Actor,
    agreementId: string,
    input: AgreementIterationProposal,
  ): Promise<AgreementVersion> {
    return this.proposeClause(actor, agreementId, input, async (manager, agreement) => {
      const iteration = await manager
        .getRepository(IterationEntity)
        .findOneBy({ id: input.iterationId, agreementId: agreement.id });
      if (!iteration) {
        throw new AgreementError(
          AgreementErrorCode.ITERATION_NOT_FOUND,
          'Deze iteratie hoort niet bij deze afspraak.',
          [{ name: 'body.iterationId', reason: 'Onbekende iteratie van deze afspraak.', code: 'not_found' }],
        );
      }
      if (!iterationAsksForAgreementChange(iteration)) {
        throw new AgreementError(
          AgreementErrorCode.ITERATION_NOT_ADAPT,
          'Alleen een iteratie met het besluit "aanpassen" leidt tot een wijziging van de afspraak.',
          [
            {
              name: 'body.iterationId',
              reason: 'De iteratie is (nog) niet besloten met "aanpassen".',
              code: 'invalid_decision',
            },
          ],
        );
      }
      return { links: 'iterationIds', id: iteration.id, because: `de iteratie "${shortened(iteration.title)}"` };
    });
  }

  /**
   * Puts one clause change into the open concept — or a new concept copied from the version in force — linked to its
   * source (a lesson or an iteration), with a changelog line. Not while a proposal is being consented on.
   */
  private proposeClause(
    actor: Actor,
    agreementId: string,
    input: { clauseId?: string | undefined; title: string; text: string },
    sourceOf: (
      manager: EntityManager,
      agreement: AgreementEntity,
    ) => Promise<{ links: 'lessonIds' | 'iterationIds'; id: string; because: string }>,
  ): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.findAgreement(manager, actor, agreementId, 'agreement:write');
      const source = await sourceOf(manager, agreement);
      assertNoIdentifiers({ title: input.title, text: input.text });
      const versions = await manager
        .getRepository(AgreementVersionEntity)
        .find({ where: { agreementId }, relations: versionRelations });
      const proposed = versions.find((version) => version.status === 'proposed');
      if (proposed) {
        throw new AgreementError(
          AgreementErrorCode.CONCEPT_EXISTS,
          `Over versie ${formatVersionNumber(proposed)} loopt een instemmingsronde; zet die eerst terug naar concept of wacht het besluit af.`,
        );
      }
      const concept =
        versions.find((version) => version.status === 'concept') ??
        (await this.newConcept(manager, actor, agreementId, versions, ''));
      let clauses: Clause[];
      let title: string;
      if (input.clauseId !== undefined) {
        const existing = concept.clauses.find((item) => item.id === input.clauseId);
        if (!existing) {
          throw new AgreementError(
            AgreementErrorCode.CLAUSE_NOT_FOUND,
            `Versie ${formatVersionNumber(concept)} heeft geen artikel ${input.clauseId}.`,
            [{ name: 'body.clauseId', reason: 'Geen artikel van het concept.', code: 'not_found' }],
          );
        }
        title = input.title || existing.title;
        clauses = concept.clauses.map((item) =>
          item.id === input.clauseId
            ? {
                ...item,
                title,
                text: input.text,
                [source.links]: [...new Set([...(item[source.links] ?? []), source.id])],
              }
            : item,
        );
      } else {
        title = input.title;
        clauses = [
          ...concept.clauses,
          {
            id: newClauseId(input.title, concept.clauses),
            title,
            text: input.text,
            lessonIds: [],
            iterationIds: [],
            [source.links]: [source.id],
          },
        ];
      }
      const line = `- ${title || 'Nieuw artikel'}: ${input.clauseId === undefined ? 'toegevoegd' : 'gewijzigd'} naar aanleiding van ${source.because}`;
      const changelog = concept.changelog ? `${concept.changelog}\n${line}` : line;
      await this.guardedUpdate(manager, actor, concept, concept.revision, { clauses, changelog });
      const stored = await manager
        .getRepository(AgreementVersionEntity)
        .findOneOrFail({ where: { id: concept.id }, relations: versionRelations });
      await this.log(manager, actor, 'update', agreement, 'agreement-version', stored);
      return toVersion(stored);
    });
  }

  /** A new concept, a copy of the version in force (or of the latest version when none is). */
  private async newConcept(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    versions: AgreementVersionEntity[],
    changelog: string,
    major = false,
  ): Promise<AgreementVersionEntity> {
    const base = versions.find((version) => isInForce(version.status)) ?? [...versions].sort(byNumberDesc)[0]!;
    const { id } = await manager.getRepository(AgreementVersionEntity).save({
      agreementId,
      ...nextVersionNumber(versions, { major }),
      status: 'concept',
      clauses: base.clauses,
      changelog,
      revision: 1,
      consentRound: 0,
      basedOnVersionId: base.id,
      validFrom: null,
      validUntil: null,
      reviewDate: null,
      createdById: actor.person.id,
      updatedById: actor.person.id,
    });
    await this.recordCreated(manager, actor, id);
    return manager.getRepository(AgreementVersionEntity).findOneOrFail({ where: { id }, relations: versionRelations });
  }

  /**
   * Changes a concept only when it is still at the revision the caller read: the check is part of the UPDATE statement,
   * so of any number of concurrent updates based on one revision exactly one changes a row.
   */
  updateVersion(
    actor: Actor,
    agreementId: string,
    versionId: string,
    ifMatch: string | undefined,
    input: AgreementVersionUpdate,
  ): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const expected = parseIfMatch(ifMatch);
      const { agreement, version } = await this.findVersion(manager, actor, agreementId, versionId, 'agreement:write');
      if (version.status !== 'concept')
        throw new AgreementError(
          AgreementErrorCode.NOT_A_CONCEPT,
          'Alleen een concept kan worden gewijzigd; begin een nieuw concept.',
        );
      // A clause sent without lessonIds or iterationIds keeps the links it has (an editor need not carry them); [] removes them.
      const stored = new Map(version.clauses.map((clause) => [clause.id, clause]));
      const clauses = input.clauses?.map((clause) => ({
        ...clause,
        lessonIds: clause.lessonIds ?? stored.get(clause.id)?.lessonIds ?? [],
        iterationIds: clause.iterationIds ?? stored.get(clause.id)?.iterationIds ?? [],
      }));
      assertNoIdentifiers({
        ...(input.changelog === undefined ? {} : { changelog: input.changelog }),
        ...clauseFields(clauses ?? []),
      });
      await assertLessonsOfContext(manager, actor, contextOf(agreement), clauses ?? []);
      await assertIterationsOf(manager, agreement.id, clauses ?? []);
      await this.guardedUpdate(manager, actor, version, expected, {
        ...(clauses === undefined ? {} : { clauses }),
        ...(input.changelog === undefined ? {} : { changelog: input.changelog }),
      });
      const updated = await manager
        .getRepository(AgreementVersionEntity)
        .findOneOrFail({ where: { id: versionId }, relations: versionRelations });
      await this.log(manager, actor, 'update', agreement, 'agreement-version', updated);
      return toVersion(updated);
    });
  }

  async changeStatus(
    actor: Actor,
    agreementId: string,
    versionId: string,
    input: AgreementVersionStatusChange,
  ): Promise<AgreementVersion> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.findVersion(manager, actor, agreementId, versionId, 'agreement:write');
      // Withdrawing what is in force is the decision of those who put it in force.
      requireContextAccess({
        principal: actor.principal,
        context: contextOf(agreement),
        read: 'agreement:read',
        act: statusChangePermission(version.status),
        notFound,
      });
      assertTransition(version.status, input.status);
      if (input.status === 'proposed' && version.clauses.length === 0) {
        throw new AgreementError(
          AgreementErrorCode.INVALID_TRANSITION,
          'Een voorstel zonder artikelen kan niet worden voorgelegd.',
        );
      }
      await this.guardedUpdate(manager, actor, version, version.revision, {
        status: input.status,
        ...(input.status === 'proposed' ? { consentRound: version.consentRound + 1 } : {}),
        ...(input.status === 'withdrawn' && isInForce(version.status) ? { validUntil: this.today() } : {}),
      });
      const stored = await manager
        .getRepository(AgreementVersionEntity)
        .findOneOrFail({ where: { id: versionId }, relations: versionRelations });
      await this.log(manager, actor, 'update', agreement, 'agreement-version', stored);
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
      const { agreement, version } = await this.findVersion(
        manager,
        actor,
        agreementId,
        versionId,
        'agreement:put-in-force',
      );
      assertTransition(version.status, input.as);
      if (version.status === 'proposed') {
        const round = await this.round(manager, agreement, version);
        if (!inForceOptions({ status: version.status, decided: round.tally.decided }).includes(input.as)) {
          throw new AgreementError(
            AgreementErrorCode.NOT_DECIDED,
            `Het besluit is nog niet genomen: ${round.tally.consent} van ${round.tally.total} organisaties stemmen in, ${round.tally.object} maken bezwaar.`,
          );
        }
      }
      const validFrom = input.validFrom ?? version.validFrom ?? this.today();
      const versions = manager.getRepository(AgreementVersionEntity);
      const previous = await versions.find({ where: { agreementId, status: In(['beta', 'adopted']) } });
      for (const old of previous) {
        if (old.id === version.id) continue;
        await this.guardedUpdate(manager, actor, old, old.revision, { status: 'superseded', validUntil: validFrom });
        superseded.push(old.id);
      }
      await this.guardedUpdate(manager, actor, version, version.revision, {
        status: input.as,
        reviewDate: input.reviewDate,
        validFrom,
      });
      const stored = await versions.findOneOrFail({ where: { id: versionId }, relations: versionRelations });
      await this.log(manager, actor, 'update', agreement, 'agreement-version', stored);
      return toVersion(stored);
    });
    for (const id of [versionId, ...superseded]) this.roundEvents.changed(id);
    return inForce;
  }

  listConsents(actor: Actor, agreementId: string, versionId: string): Promise<ConsentRound> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.findVersion(manager, actor, agreementId, versionId);
      await this.log(manager, actor, 'read', agreement, 'agreement-consent', version);
      return this.round(manager, agreement, version);
    });
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
      const agreement = await manager
        .getRepository(AgreementEntity)
        .findOne({ where: { id: agreementId }, relations: agreementRelations });
      const version =
        agreement &&
        (await manager
          .getRepository(AgreementVersionEntity)
          .findOne({ where: { id: versionId, agreementId }, relations: versionRelations }));
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

  async giveConsent(actor: Actor, agreementId: string, versionId: string, input: ConsentCreate): Promise<ConsentRound> {
    const round = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.findVersion(
        manager,
        actor,
        agreementId,
        versionId,
        'agreement:consent',
      );
      if (version.status !== 'proposed')
        throw new AgreementError(AgreementErrorCode.ROUND_CLOSED, 'Over deze versie loopt geen instemmingsronde.');
      const organisationId = actor.principal.organisationId;
      if (!(await this.partnerIds(manager, agreement)).includes(organisationId)) {
        throw new AgreementError(
          AgreementErrorCode.NOT_A_PARTNER,
          agreement.buildingTeamId
            ? 'Je organisatie is geen partner van dit bouwteam.'
            : 'Je organisatie heeft geen partner in deze leergroep.',
        );
      }
      const reason = input.reason?.length ? input.reason : null;
      assertNoIdentifiers({ reason });
      const consents = manager.getRepository(AgreementConsentEntity);
      await consents.update(
        { versionId, round: version.consentRound, organisationId, current: true },
        { current: false },
      );
      const { id } = await consents.save({
        versionId,
        round: version.consentRound,
        organisationId,
        stance: input.stance,
        reason,
        givenById: actor.person.id,
        current: true,
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

  async diff(actor: Actor, agreementId: string, versionId: string, againstId: string): Promise<AgreementDiff> {
    const { version, against } = await this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.findVersion(manager, actor, agreementId, versionId);
      const against = await manager.getRepository(AgreementVersionEntity).findOneBy({ id: againstId, agreementId });
      if (!against) throw versionNotFound();
      await this.log(manager, actor, 'read', agreement, 'agreement-version', version);
      return { version, against };
    });
    // Outside the transaction and a clause at a time, so a large comparison holds up neither the database nor other requests.
    return {
      from: summary(against),
      to: summary(version),
      clauses: await runInSteps(diffVersionSteps({ from: against, to: version })),
    };
  }

  /** The leerlijn backwards: the clauses that came from a lesson, from the lessons about a case, or that answer an iteration. */
  clauseSources(actor: Actor, query: ClauseSourceQuery): Promise<Page<ClauseSource>> {
    return this.dataSource.transaction(async (manager) => {
      let ids: string[];
      const key = query.iterationId ? 'iterationIds' : 'lessonIds';
      if (query.iterationId) ids = [query.iterationId];
      else if (query.lessonId) ids = [query.lessonId];
      else {
        const lessons = await manager
          .getRepository(LessonEntity)
          .createQueryBuilder('lesson')
          .select(['lesson.id'])
          .where('lesson.caseIds LIKE :caseId', { caseId: `%"${query.caseId}"%` })
          .getMany();
        ids = lessons.map((lesson) => lesson.id);
      }
      let sources: ClauseSource[] = [];
      const ownerOfVersion = new Map<string, string>();
      if (ids.length > 0) {
        const builder = manager
          .getRepository(AgreementVersionEntity)
          .createQueryBuilder('version')
          .innerJoinAndSelect('version.agreement', 'agreement')
          .orderBy('agreement.title', 'ASC')
          .addOrderBy('agreement.id', 'ASC')
          .addOrderBy('version.major', 'DESC')
          .addOrderBy('version.minor', 'DESC');
        scopeToAnyContext({
          builder,
          contexts: contextColumns,
          principal: actor.principal,
          permission: 'agreement:read',
        });
        // A cheap filter in the database (the id appears in the clauses' JSON), the exact one below.
        builder.andWhere(
          `(${ids.map((_, index) => `version.clauses LIKE :source${index}`).join(' OR ')})`,
          Object.fromEntries(ids.map((id, index) => [`source${index}`, `%"${id}"%`])),
        );
        const wanted = new Set(ids);
        sources = (await builder.getMany()).flatMap((version) => {
          ownerOfVersion.set(version.id, version.createdById);
          return version.clauses
            .filter((clause) => (clause[key] ?? []).some((id) => wanted.has(id)))
            .map((clause) => ({
              agreement: toReference({ id: version.agreement.id, name: version.agreement.title }),
              version: summary(version),
              clauseId: clause.id,
              clauseTitle: clause.title,
              lessonIds: clause.lessonIds ?? [],
              iterationIds: clause.iterationIds ?? [],
            }));
        });
      }
      const { offset, limit } = pageWindow(query);
      const items = sources.slice(offset, offset + limit);
      // One entry per version the page showed a clause of, so its author sees the exposure.
      const shown = [...new Set(items.map((item) => item.version.id))];
      await this.accessLog.recordSearch(
        manager,
        actor,
        { recordType: 'agreement-version' },
        shown.map((id) => ({ recordId: id, recordOwnerId: ownerOfVersion.get(id) ?? null })),
      );
      return { items, meta: pageMeta({ ...query, totalItems: sources.length }) };
    });
  }

  private async round(
    manager: EntityManager,
    agreement: AgreementEntity,
    version: AgreementVersionEntity,
  ): Promise<ConsentRound> {
    const consents = await manager.getRepository(AgreementConsentEntity).find({
      where: { versionId: version.id },
      relations: { organisation: true, givenBy: true },
      order: { givenAt: 'ASC', id: 'ASC' },
    });
    const current = consents.filter((consent) => consent.current && consent.round === version.consentRound);
    return {
      versionId: version.id,
      round: version.consentRound,
      open: version.status === 'proposed',
      decisionRule: agreement.decisionRule,
      tally: consentTally({
        stances: current,
        partnerOrganisationIds: await this.partnerIds(manager, agreement),
        rule: agreement.decisionRule,
      }),
      items: consents.map((consent) => ({
        id: consent.id,
        round: consent.round,
        organisation: toReference(consent.organisation),
        stance: consent.stance,
        reason: consent.reason,
        current: consent.current && consent.round === version.consentRound,
        givenBy: consent.givenBy ? toReference(consent.givenBy) : null,
        givenAt: consent.givenAt.toISOString(),
      })),
    };
  }

  /**
   * The organisations that give a stance: a bouwteam's partner organisations; for a learning group, the organisations
   * of its members holding the partner role there (each region or organisation taking part sends its partner).
   */
  private async partnerIds(manager: EntityManager, agreement: AgreementEntity): Promise<string[]> {
    if (agreement.buildingTeamId) {
      const team = await manager
        .getRepository(BuildingTeamEntity)
        .findOneOrFail({ where: { id: agreement.buildingTeamId }, relations: { partners: true } });
      return team.partners.map((partner) => partner.id);
    }
    const rows = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('membership')
      .innerJoin(PersonEntity, 'person', 'person.id = membership.personId')
      .select('DISTINCT person.organisationId', 'organisationId')
      .where('membership.contextType = :type AND membership.contextId = :id AND membership.role = :role', {
        type: 'learning-group',
        id: agreement.learningGroupId,
        role: 'partner',
      })
      .andWhere("membership.status = 'active'")
      .getRawMany<{ organisationId: string }>();
    return rows.map((row) => row.organisationId);
  }

  /** `UPDATE … WHERE id = :id AND revision = :expected`; no row changed means someone else came first: 412 with the current state. */
  private async guardedUpdate(
    manager: EntityManager,
    actor: Actor,
    version: AgreementVersionEntity,
    expected: number,
    changes: Partial<
      Pick<
        AgreementVersionEntity,
        'clauses' | 'changelog' | 'status' | 'consentRound' | 'validFrom' | 'validUntil' | 'reviewDate'
      >
    >,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(AgreementVersionEntity)
      .set({ ...changes, revision: expected + 1, updatedById: actor.person.id, updatedAt: this.clock.now() })
      .where('id = :id AND revision = :expected', { id: version.id, expected })
      .execute();
    if (result.affected !== 1) {
      throw this.stale(
        await manager
          .getRepository(AgreementVersionEntity)
          .findOneOrFail({ where: { id: version.id }, relations: versionRelations }),
      );
    }
    const edited = changes.clauses !== undefined || changes.changelog !== undefined;
    await manager.getRepository(AgreementVersionChangeEntity).save({
      versionId: version.id,
      revision: expected + 1,
      kind: edited ? 'edited' : 'status',
      fields: Object.keys(changes).filter((field) => field !== 'consentRound'),
      clauseIds: changes.clauses
        ? diffVersions({ from: version, to: { clauses: changes.clauses }, words: false })
            .filter((clause) => clause.change !== 'unchanged')
            .map((clause) => clause.clauseId)
        : [],
      status: changes.status ?? version.status,
      changedById: actor.person.id,
      changedAt: this.clock.now(),
    });
  }

  private async recordCreated(manager: EntityManager, actor: Actor, versionId: string): Promise<void> {
    await manager.getRepository(AgreementVersionChangeEntity).save({
      versionId,
      revision: 1,
      kind: 'created',
      fields: [],
      clauseIds: [],
      status: 'concept',
      changedById: actor.person.id,
      changedAt: this.clock.now(),
    });
  }

  history(actor: Actor, agreementId: string, versionId: string): Promise<AgreementVersionHistory> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, version } = await this.findVersion(manager, actor, agreementId, versionId);
      const changes = await manager
        .getRepository(AgreementVersionChangeEntity)
        .find({ where: { versionId }, relations: { changedBy: true }, order: { revision: 'ASC' } });
      await this.log(manager, actor, 'read', agreement, 'agreement-version', version);
      return {
        items: changes.map((change) => ({
          id: change.id,
          revision: change.revision,
          kind: change.kind,
          fields: change.fields,
          clauseIds: change.clauseIds,
          status: change.status,
          changedBy: toReference(change.changedBy),
          changedAt: change.changedAt.toISOString(),
        })),
      };
    });
  }

  private stale(current: AgreementVersionEntity): AgreementError {
    return new AgreementError(
      AgreementErrorCode.STALE_REVISION,
      `Deze versie is intussen gewijzigd (nu revisie ${current.revision}); er is niets overschreven. Bekijk de huidige tekst en breng je wijziging opnieuw aan.`,
      [{ name: 'header.If-Match', reason: `De huidige ETag is ${versionEtag(current.revision)}.`, code: 'stale' }],
      { revision: current.revision, body: toVersion(current) },
    );
  }

  /** The agreement if the caller may read it (else 404) and, when `act` is given, do that in its context (else 403). */
  async findAgreement(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    act?: AgreementAct,
  ): Promise<AgreementEntity> {
    const agreement = await manager
      .getRepository(AgreementEntity)
      .findOne({ where: { id: agreementId }, relations: agreementRelations });
    if (!agreement) throw notFound();
    requireContextAccess({
      principal: actor.principal,
      context: contextOf(agreement),
      read: 'agreement:read',
      ...(act ? { act } : {}),
      notFound,
    });
    return agreement;
  }

  private async findVersion(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    versionId: string,
    act?: AgreementAct,
  ): Promise<{ agreement: AgreementEntity; version: AgreementVersionEntity }> {
    const agreement = await this.findAgreement(manager, actor, agreementId, act);
    const version = await manager
      .getRepository(AgreementVersionEntity)
      .findOne({ where: { id: versionId, agreementId }, relations: versionRelations });
    if (!version) throw versionNotFound();
    return { agreement, version };
  }

  private async agreementOf(manager: EntityManager, agreement: AgreementEntity): Promise<Agreement> {
    return toAgreement(
      agreement,
      await manager.getRepository(AgreementVersionEntity).findBy({ agreementId: agreement.id }),
    );
  }

  /** A list of an agreement's versions or iterations: one entry per record it returned. */
  logFound(
    manager: EntityManager,
    actor: Actor,
    agreement: AgreementEntity,
    recordType: 'agreement-version' | 'agreement-iteration',
    found: readonly { id: string; createdById: string }[],
  ): Promise<void> {
    return this.accessLog.recordSearch(
      manager,
      actor,
      { recordType, context: contextOf(agreement) },
      found.map((record) => ({ recordId: record.id, recordOwnerId: record.createdById })),
    );
  }

  log(
    manager: EntityManager,
    actor: Actor,
    event: 'read' | 'search' | 'create' | 'update',
    agreement: AgreementEntity,
    recordType: 'agreement' | 'agreement-version' | 'agreement-consent' | 'agreement-iteration' = 'agreement',
    record?: { id: string; createdById: string },
  ): Promise<void> {
    return this.accessLog.record(manager, actor, {
      event,
      recordType,
      recordId: record?.id ?? agreement.id,
      recordOwnerId: record?.createdById ?? agreement.createdById,
      context: contextOf(agreement),
    });
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}

function assertTransition(from: AgreementVersionStatus, to: AgreementVersionStatus): void {
  if (!canTransition({ from, to })) {
    throw new AgreementError(
      AgreementErrorCode.INVALID_TRANSITION,
      `Een versie met status ${from} kan niet naar ${to}.`,
    );
  }
}

/**
 * Lessons a clause came from must be lessons of the same bouwteam; a learning group's document may cite lessons of
 * any bouwteam whose lessons the caller may read (lessons are shared across regions through the learning group).
 */
async function assertLessonsOfContext(
  manager: EntityManager,
  actor: Actor,
  context: { type: 'building-team' | 'learning-group'; id: string },
  clauses: readonly Clause[],
): Promise<void> {
  const ids = [...new Set(clauses.flatMap((clause) => clause.lessonIds ?? []))];
  if (ids.length === 0) return;
  const lessons = await manager.getRepository(LessonEntity).findBy({ id: In(ids) });
  const found = new Set(
    lessons
      .filter((lesson) =>
        context.type === 'building-team'
          ? lesson.buildingTeamId === context.id
          : can({
              principal: actor.principal,
              permission: 'lesson:read',
              context: { type: 'building-team', id: lesson.buildingTeamId },
            }),
      )
      .map((lesson) => lesson.id),
  );
  const reason =
    context.type === 'building-team'
      ? 'Onbekende les van dit bouwteam.'
      : 'Onbekende les, of een les die je niet mag lezen.';
  const invalid = clauses.flatMap((clause, index) =>
    (clause.lessonIds ?? []).flatMap((id, position) =>
      found.has(id) ? [] : [{ name: `body.clauses.${index}.lessonIds.${position}`, reason, code: 'not_found' }],
    ),
  );
  if (invalid.length > 0)
    throw new AgreementError(
      AgreementErrorCode.LESSON_NOT_FOUND,
      'Een gekoppelde les hoort niet bij deze afspraak.',
      invalid,
    );
}

const shortened = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

/** A readable id for a new clause, from its title, unique among the clauses. */
function newClauseId(title: string, clauses: readonly Clause[]): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'artikel';
  const taken = new Set(clauses.map((item) => item.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Iterations a clause answers must be iterations of the same agreement (a new agreement has none yet). */
async function assertIterationsOf(
  manager: EntityManager,
  agreementId: string | null,
  clauses: readonly Clause[],
): Promise<void> {
  const ids = [...new Set(clauses.flatMap((clause) => clause.iterationIds ?? []))];
  if (ids.length === 0) return;
  const found = new Set(
    agreementId === null
      ? []
      : (await manager.getRepository(IterationEntity).findBy({ id: In(ids), agreementId })).map(
          (iteration) => iteration.id,
        ),
  );
  const invalid = clauses.flatMap((clause, index) =>
    (clause.iterationIds ?? []).flatMap((id, position) =>
      found.has(id)
        ? []
        : [
            {
              name: `body.clauses.${index}.iterationIds.${position}`,
              reason: 'Onbekende iteratie van deze afspraak.',
              code: 'not_found',
            },
          ],
    ),
  );
  if (invalid.length > 0)
    throw new AgreementError(
      AgreementErrorCode.ITERATION_NOT_FOUND,
      'Een gekoppelde iteratie hoort niet bij deze afspraak.',
      invalid,
    );
}

function clauseFields(clauses: readonly Clause[]): Record<string, string> {
  return Object.fromEntries(
    clauses.flatMap((clause, index) => [
      [`clauses.${index}.title`, clause.title],
      [`clauses.${index}.text`, clause.text],
    ]),
  );
}

const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new AgreementError(
      AgreementErrorCode.IDENTIFIER_FOUND,
      'Een afspraak gaat over samenwerking, nooit over een persoon.',
      findings,
    ),
);
