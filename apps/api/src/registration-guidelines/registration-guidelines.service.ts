import { Injectable } from '@nestjs/common';
import {
  AuthError,
  AuthErrorCode,
  can,
  GuidelineError,
  GuidelineErrorCode,
  type Page,
  type PageQuery,
  type Principal,
  type RegistrationGuideline,
  type RegistrationGuidelineCreate,
  versionLessonIds,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import type { RegistrationGuidelineEntity } from './registration-guideline.entity.js';
import { toGuideline } from './registration-guideline.mapper.js';
import { RegistrationGuidelinesRepository } from './registration-guidelines.repository.js';

const teamContext = (id: string) => ({ type: 'building-team' as const, id });

/** The versions of a bouwteam's registratierichtlijn: written as a concept, put in force one at a time. */
@Injectable()
export class RegistrationGuidelinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guidelines: RegistrationGuidelinesRepository,
    private readonly lessons: LessonsRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  async list(
    principal: Principal,
    query: PageQuery & { buildingTeamId?: string | undefined; status?: RegistrationGuideline['status'] | undefined },
  ): Promise<Page<RegistrationGuideline>> {
    const manager = this.dataSource.manager;
    const page = await this.guidelines.findVisiblePage(manager, principal, query);
    const clauseLessons = await this.guidelines.findClauseLessons(
      manager,
      page.items.map((item) => item.id),
    );
    return { ...page, items: page.items.map((item) => toGuideline(item, clauseLessons)) };
  }

  async get(principal: Principal, id: string): Promise<RegistrationGuideline> {
    const manager = this.dataSource.manager;
    return this.withReasons(manager, await this.findVisible(manager, principal, id));
  }

  private async withReasons(
    manager: EntityManager,
    entity: RegistrationGuidelineEntity,
  ): Promise<RegistrationGuideline> {
    return toGuideline(entity, await this.guidelines.findClauseLessons(manager, [entity.id]));
  }

  create(actor: Actor, input: RegistrationGuidelineCreate): Promise<RegistrationGuideline> {
    return this.dataSource.transaction(async (manager) => {
      const context = teamContext(input.buildingTeamId);
      if (!can({ principal: actor.principal, permission: 'guideline:read', context })) {
        throw new GuidelineError(GuidelineErrorCode.NOT_FOUND, 'Dit bouwteam bestaat niet.');
      }
      if (!can({ principal: actor.principal, permission: 'guideline:write', context })) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen partners en facilitators van het bouwteam schrijven de richtlijn.',
        );
      }
      assertNoIdentifiers(input);
      await this.assertLessonsOfTeam(manager, input);
      const id = await this.guidelines.insert(manager, {
        buildingTeamId: input.buildingTeamId,
        version: (await this.guidelines.latestVersion(manager, input.buildingTeamId)) + 1,
        status: 'concept',
        clauses: input.clauses.map(({ lessonIds: _, ...clause }) => clause),
        changelog: input.changelog,
        lessonIds: input.lessonIds,
        inForceSince: null,
      });
      await this.guidelines.insertClauseLessons(manager, id, input.clauses);
      if (input.putInForce) await this.guidelines.putInForce(manager, id, this.clock.now());
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'registration-guideline',
        recordId: id,
        context,
      });
      return this.withReasons(manager, await this.guidelines.findOrFail(manager, id));
    });
  }

  putConceptInForce(actor: Actor, id: string): Promise<RegistrationGuideline> {
    return this.dataSource.transaction(async (manager) => {
      const guideline = await this.findVisible(manager, actor.principal, id);
      const context = teamContext(guideline.buildingTeamId);
      if (!can({ principal: actor.principal, permission: 'guideline:write', context })) {
        throw new AuthError(
          AuthErrorCode.FORBIDDEN,
          'Alleen partners en facilitators van het bouwteam stellen de richtlijn in werking.',
        );
      }
      if (guideline.status !== 'concept')
        throw new GuidelineError(GuidelineErrorCode.NOT_A_CONCEPT, 'Alleen een concept kan in werking treden.');
      await this.guidelines.putInForce(manager, id, this.clock.now());
      await this.accessLog.record(manager, actor, {
        event: 'update',
        recordType: 'registration-guideline',
        recordId: id,
        context,
      });
      return this.withReasons(manager, await this.guidelines.findOrFail(manager, id));
    });
  }

  /**
   * Lessons a guideline cites, for the version or for a clause, must be lessons of its own bouwteam; each other one is
   * named, with the clause (its field) it was given for.
   */
  private async assertLessonsOfTeam(manager: EntityManager, input: RegistrationGuidelineCreate): Promise<void> {
    const cited = versionLessonIds(input);
    if (cited.length === 0) return;
    const found = new Set(await this.lessons.idsOfTeam(manager, input.buildingTeamId, cited));
    const invalid = [
      ...input.lessonIds.flatMap((lessonId, index) =>
        found.has(lessonId)
          ? []
          : [{ name: `body.lessonIds.${index}`, reason: 'Onbekende les van dit bouwteam.', code: 'not_found' }],
      ),
      ...input.clauses.flatMap((clause, clauseIndex) =>
        clause.lessonIds.flatMap((lessonId, index) =>
          found.has(lessonId)
            ? []
            : [
                {
                  name: `body.clauses.${clauseIndex}.lessonIds.${index}`,
                  reason: `Onbekende les van dit bouwteam, genoemd bij de regel over '${clause.field}'.`,
                  code: 'not_found',
                },
              ],
        ),
      ),
    ];
    if (invalid.length > 0)
      throw new GuidelineError(
        GuidelineErrorCode.LESSON_NOT_FOUND,
        'Een gekoppelde les hoort niet bij dit bouwteam.',
        invalid,
      );
  }

  private async findVisible(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<RegistrationGuidelineEntity> {
    const guideline = await this.guidelines.find(manager, id);
    if (
      !guideline ||
      !can({ principal, permission: 'guideline:read', context: teamContext(guideline.buildingTeamId) })
    ) {
      throw new GuidelineError(GuidelineErrorCode.NOT_FOUND, 'Deze richtlijn bestaat niet.');
    }
    return guideline;
  }
}

const guardIdentifiers = identifierGuard(
  (findings) =>
    new GuidelineError(
      GuidelineErrorCode.IDENTIFIER_FOUND,
      'Een richtlijn gaat over wat we vastleggen, nooit over een persoon.',
      findings,
    ),
);

/** A guideline is about what we record, never about a person: every free text passes the privacy guard. */
function assertNoIdentifiers(input: RegistrationGuidelineCreate): void {
  guardIdentifiers({
    changelog: input.changelog,
    ...Object.fromEntries(
      input.clauses.flatMap((clause, index) => [
        [`clauses.${index}.purpose.nl`, clause.purpose.nl],
        [`clauses.${index}.purpose.en`, clause.purpose.en],
        [`clauses.${index}.retention`, clause.retention],
      ]),
    ),
  });
}
