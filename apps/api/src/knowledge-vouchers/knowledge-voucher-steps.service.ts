import { Injectable } from '@nestjs/common';
import {
  calendarDateAt,
  can,
  evaluateVoucher,
  KnowledgeVoucherError,
  KnowledgeVoucherErrorCode,
  requestedVoucher,
  transitionVoucher,
  voucherRequestViolations,
  type KnowledgeVoucher,
  type KnowledgeVoucherCreate,
  type KnowledgeVoucherEvaluationCreate,
  type KnowledgeVoucherTransition,
  type RuleViolation,
  type VoucherStepResult,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import type { Actor } from '../auth/principal.js';
import { BuildingTeamsRepository } from '../building-teams/building-teams.repository.js';
import { Clock } from '../common/clock.js';
import { requireContextAccess } from '../common/team-access.js';
import { LessonsRepository } from '../lessons/lessons.repository.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { voucherNotFound } from './knowledge-voucher-access.js';
import { toVoucherState, voucherColumns } from './knowledge-voucher.mapper.js';
import { KnowledgeVouchersRepository } from './knowledge-vouchers.repository.js';
import { KnowledgeVouchersService } from './knowledge-vouchers.service.js';

const refused = (code: KnowledgeVoucherError['code'], message: string, violations: RuleViolation[]) =>
  new KnowledgeVoucherError(code, message, violations);

/** Requesting a voucher and moving it through its life: every step judged by the domain's state machine. */
@Injectable()
export class KnowledgeVoucherStepsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vouchers: KnowledgeVouchersRepository,
    private readonly reading: KnowledgeVouchersService,
    private readonly regions: RegionsRepository,
    private readonly teams: BuildingTeamsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly lessons: LessonsRepository,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  create(actor: Actor, input: KnowledgeVoucherCreate): Promise<KnowledgeVoucher> {
    return this.dataSource.transaction(async (manager) => {
      requireContextAccess({
        principal: actor.principal,
        context: { type: 'region', id: input.regionId },
        read: 'voucher:read',
        act: 'voucher:write',
        notFound: voucherNotFound,
      });
      const region = await this.regions.find(manager, input.regionId);
      if (!region) throw voucherNotFound();
      const network = await this.teams.find(manager, input.networkId);
      if (!network || !region.municipalities.some(({ id }) => id === network.municipality.id))
        throw refused(KnowledgeVoucherErrorCode.NETWORK_NOT_IN_REGION, 'Dit netwerk hoort niet bij de regio.', [
          { path: 'networkId', code: 'not-in-region', message: 'Kies een bouwteam (netwerk) van de regio.' },
        ]);
      const violations = voucherRequestViolations(input);
      if (violations.length > 0) throw ruleViolated(violations);
      const state = requestedVoucher({ requestedOn: input.requestedOn ?? calendarDateAt(this.clock.now()) });
      const id = await this.vouchers.insert(manager, {
        ...voucherColumns(state),
        regionId: input.regionId,
        networkId: input.networkId,
        question: input.question,
        expertise: input.expertise,
        evaluatedById: null,
        createdById: actor.person.id,
      });
      await this.log(manager, actor, 'create', id, input.regionId);
      return this.reading.answer(manager, id);
    });
  }

  transition(actor: Actor, id: string, step: KnowledgeVoucherTransition): Promise<KnowledgeVoucher> {
    return this.dataSource.transaction(async (manager) => {
      const voucher = await this.reading.visible(manager, actor, id, 'voucher:write');
      if (
        step.to === 'granted' &&
        step.expertOrganisationId !== null &&
        !(await this.organisations.exists(manager, step.expertOrganisationId))
      )
        throw refused(KnowledgeVoucherErrorCode.ORGANISATION_NOT_FOUND, 'Deze organisatie bestaat niet.', [
          { path: 'expertOrganisationId', code: 'not-found', message: 'Kies een bestaande organisatie.' },
        ]);
      const lessonIds = (await this.vouchers.lessonIdsOf(manager, [id])).get(id) ?? [];
      const result = transitionVoucher({ voucher: toVoucherState(voucher, lessonIds), step, now: this.clock.now() });
      await this.vouchers.update(manager, id, voucherColumns(accepted(result)));
      await this.log(manager, actor, 'update', id, voucher.regionId);
      return this.reading.answer(manager, id);
    });
  }

  evaluate(actor: Actor, id: string, evaluation: KnowledgeVoucherEvaluationCreate): Promise<KnowledgeVoucher> {
    return this.dataSource.transaction(async (manager) => {
      const voucher = await this.reading.visible(manager, actor, id, 'voucher:evaluate');
      // A lesson the caller cannot see does not exist for them: it cannot be linked.
      const found = await this.lessons.findByIds(manager, evaluation.lessonIds);
      const visible = new Set(
        found
          .filter((lesson) =>
            can({
              principal: actor.principal,
              permission: 'lesson:read',
              context: { type: 'building-team', id: lesson.buildingTeamId },
            }),
          )
          .map((lesson) => lesson.id),
      );
      const missing = evaluation.lessonIds.flatMap((lessonId, index) =>
        visible.has(lessonId)
          ? []
          : [{ path: `lessonIds.${index}`, code: 'lesson-not-found', message: 'Deze les bestaat niet (voor jou).' }],
      );
      if (missing.length > 0)
        throw refused(KnowledgeVoucherErrorCode.LESSON_NOT_FOUND, 'Een gekoppelde les bestaat niet.', missing);
      const result = evaluateVoucher({ voucher: toVoucherState(voucher, []), evaluation, now: this.clock.now() });
      await this.vouchers.update(manager, id, { ...voucherColumns(accepted(result)), evaluatedById: actor.person.id });
      await this.vouchers.linkLessons(manager, id, evaluation.lessonIds);
      await this.log(manager, actor, 'update', id, voucher.regionId);
      return this.reading.answer(manager, id);
    });
  }

  private async log(
    manager: EntityManager,
    actor: Actor,
    event: 'create' | 'update',
    recordId: string,
    regionId: string,
  ): Promise<void> {
    await this.accessLog.record(manager, actor, {
      event,
      recordType: 'knowledge-voucher',
      recordId,
      context: { type: 'region', id: regionId },
    });
  }
}

function ruleViolated(violations: RuleViolation[]): KnowledgeVoucherError {
  return refused(
    KnowledgeVoucherErrorCode.RULE_VIOLATED,
    'De kennisvoucher breekt een of meer regels; er is niets opgeslagen.',
    violations,
  );
}

/** The state the step leads to, or the refusal: a step the state machine does not allow (409), broken rules (422). */
function accepted(result: VoucherStepResult) {
  if (result.ok) return result.voucher;
  if ('conflict' in result)
    throw new KnowledgeVoucherError(
      KnowledgeVoucherErrorCode.INVALID_TRANSITION,
      `Een kennisvoucher met status ${result.conflict.from} kan niet naar ${result.conflict.to}.`,
    );
  throw ruleViolated(result.violations);
}
