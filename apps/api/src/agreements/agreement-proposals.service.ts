import { Injectable } from '@nestjs/common';
import {
  AgreementError,
  AgreementErrorCode,
  formatVersionNumber,
  iterationAsksForAgreementChange,
  lessonAsksForAgreementChange,
  type AgreementIterationProposal,
  type AgreementLessonProposal,
  type AgreementVersion,
  type Clause,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import type { AgreementEntity } from './agreement.entity.js';
import { AgreementAccess } from './agreement-access.service.js';
import { assertNoIdentifiers, newClauseId, shortened } from './agreement-checks.js';
import { AgreementRevisions } from './agreement-revisions.service.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { contextOf, toVersion } from './agreements.mapper.js';
import { ClauseLinks } from './clause-links.service.js';
import { IterationsRepository } from './iterations.repository.js';

type ClauseSourceLink = { links: 'lessonIds' | 'iterationIds'; id: string; because: string };

/**
 * The leerlijn forward in one step: a lesson that asks for an agreement change, or an iteration that decided to adapt
 * the agreement, becomes a clause (new, or an existing one changed) in the open concept — or in a new concept copied
 * from the version in force — linked to its source, with a changelog line. Not while a proposal is being consented on:
 * that would change what the partners judge.
 */
@Injectable()
export class AgreementProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: AgreementVersionsRepository,
    private readonly iterations: IterationsRepository,
    private readonly lessons: LessonsRepository,
    private readonly access: AgreementAccess,
    private readonly revisions: AgreementRevisions,
    private readonly clauseLinks: ClauseLinks,
  ) {}

  fromLesson(actor: Actor, agreementId: string, input: AgreementLessonProposal): Promise<AgreementVersion> {
    return this.proposeClause(actor, agreementId, input, async (manager, agreement) => {
      const lesson = await this.lessons.findById(manager, input.lessonId);
      if (!lesson || !this.clauseLinks.citable(actor, contextOf(agreement), lesson)) {
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
  fromIteration(actor: Actor, agreementId: string, input: AgreementIterationProposal): Promise<AgreementVersion> {
    return this.proposeClause(actor, agreementId, input, async (manager, agreement) => {
      const iteration = await this.iterations.findPlain(manager, agreement.id, input.iterationId);
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
    sourceOf: (manager: EntityManager, agreement: AgreementEntity) => Promise<ClauseSourceLink>,
  ): Promise<AgreementVersion> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.access.findAgreement(manager, actor, agreementId, 'agreement:write');
      const source = await sourceOf(manager, agreement);
      assertNoIdentifiers({ title: input.title, text: input.text });
      const versions = await this.versions.withAuthorsOf(manager, agreementId);
      const proposed = versions.find((version) => version.status === 'proposed');
      if (proposed) {
        throw new AgreementError(
          AgreementErrorCode.CONCEPT_EXISTS,
          `Over versie ${formatVersionNumber(proposed)} loopt een instemmingsronde; zet die eerst terug naar concept of wacht het besluit af.`,
        );
      }
      const concept =
        versions.find((version) => version.status === 'concept') ??
        (await this.revisions.newConcept(manager, actor, agreementId, versions, ''));
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
      await this.revisions.write(manager, actor, concept, concept.revision, { clauses, changelog });
      const stored = await this.versions.get(manager, concept.id);
      await this.access.log(manager, actor, 'update', agreement, 'agreement-version', stored);
      return toVersion(stored);
    });
  }
}
