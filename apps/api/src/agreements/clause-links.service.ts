import { Injectable } from '@nestjs/common';
import { AgreementError, AgreementErrorCode, can, type Clause } from '@leerkring/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import { IterationsRepository } from './iterations.repository.js';

type AgreementContext = { type: 'building-team' | 'learning-group'; id: string };

/** What a clause may link to: the lessons it came from and the iterations it answers. */
@Injectable()
export class ClauseLinks {
  constructor(
    private readonly lessons: LessonsRepository,
    private readonly iterations: IterationsRepository,
  ) {}

  /**
   * A lesson an agreement of this context may cite: a bouwteam's own lessons; for a learning group, the lessons of any
   * bouwteam whose lessons the caller may read (lessons are shared across regions through the learning group).
   */
  citable(actor: Actor, context: AgreementContext, lesson: { buildingTeamId: string }): boolean {
    return context.type === 'building-team'
      ? lesson.buildingTeamId === context.id
      : can({
          principal: actor.principal,
          permission: 'lesson:read',
          context: { type: 'building-team', id: lesson.buildingTeamId },
        });
  }

  /** Lessons a clause came from must be lessons the agreement may cite (see `citable`). */
  async assertLessonsOfContext(
    manager: EntityManager,
    actor: Actor,
    context: AgreementContext,
    clauses: readonly Clause[],
  ): Promise<void> {
    const ids = [...new Set(clauses.flatMap((clause) => clause.lessonIds ?? []))];
    if (ids.length === 0) return;
    const lessons = await this.lessons.findByIds(manager, ids);
    const found = new Set(lessons.filter((lesson) => this.citable(actor, context, lesson)).map((lesson) => lesson.id));
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

  /** Iterations a clause answers must be iterations of the same agreement (a new agreement has none yet). */
  async assertIterationsOf(
    manager: EntityManager,
    agreementId: string | null,
    clauses: readonly Clause[],
  ): Promise<void> {
    const ids = [...new Set(clauses.flatMap((clause) => clause.iterationIds ?? []))];
    if (ids.length === 0) return;
    const found = new Set(agreementId === null ? [] : await this.iterations.idsOf(manager, agreementId, ids));
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
}
