import { Injectable } from '@nestjs/common';
import {
  IterationError,
  IterationErrorCode,
  checkDecisionSignals,
  checkIterationChange,
  formatVersionNumber,
  type DecisionSignal,
  type Iteration,
  type IterationCreate,
  type IterationUpdate,
  type SignalKey,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { identifierGuard } from '../common/privacy-guard.js';
import { MeasureSignalsService } from '../measures/measure-signals.service.js';
import type { AgreementVersionEntity } from './agreement.entity.js';
import { AgreementAccess } from './agreement-access.service.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { toIteration } from './iterations.mapper.js';
import { IterationsRepository } from './iterations.repository.js';

const notFound = () => new IterationError(IterationErrorCode.NOT_FOUND, 'Deze iteratie bestaat niet.');

/** Action-research iterations on an agreement: who may read or write them is the agreement's question. */
@Injectable()
export class IterationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly iterations: IterationsRepository,
    private readonly versions: AgreementVersionsRepository,
    private readonly agreements: AgreementAccess,
    private readonly clock: Clock,
    private readonly measureSignals: MeasureSignalsService,
  ) {}

  list(actor: Actor, agreementId: string): Promise<{ items: Iteration[] }> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.agreements.findAgreement(manager, actor, agreementId);
      const iterations = await this.iterations.ofAgreement(manager, agreementId);
      await this.agreements.logFound(manager, actor, agreement, 'agreement-iteration', iterations);
      return { items: iterations.map(toIteration) };
    });
  }

  get(actor: Actor, agreementId: string, iterationId: string): Promise<Iteration> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, iteration } = await this.find(manager, actor, agreementId, iterationId);
      await this.agreements.log(manager, actor, 'read', agreement, 'agreement-iteration', iteration);
      return toIteration(iteration);
    });
  }

  create(actor: Actor, agreementId: string, input: IterationCreate): Promise<Iteration> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.agreements.findAgreement(manager, actor, agreementId, 'agreement:write');
      const version = await this.versions.findPlain(manager, agreementId, input.versionId);
      if (!version) {
        throw new IterationError(IterationErrorCode.INVALID_REFERENCE, 'Deze versie hoort niet bij de afspraak.', [
          { name: 'body.versionId', reason: 'Geen versie van deze afspraak.', code: 'not_found' },
        ]);
      }
      assertClausesOf(version, input.clauseIds);
      assertNoIdentifiers({
        title: input.title,
        question: input.question,
        prediction: input.prediction,
        plan: input.plan,
      });
      const id = await this.iterations.insert(manager, {
        agreementId,
        versionId: version.id,
        clauseIds: input.clauseIds,
        title: input.title,
        question: input.question,
        prediction: input.prediction,
        plan: input.plan,
        actions: '',
        observations: '',
        learning: '',
        phase: 'plan',
        decision: null,
        decisionSignals: null,
        startDate: input.startDate ?? null,
        endDate: null,
        createdById: actor.person.id,
      });
      const created = await this.iterations.get(manager, id);
      await this.agreements.log(manager, actor, 'create', agreement, 'agreement-iteration', created);
      return toIteration(created);
    });
  }

  update(actor: Actor, agreementId: string, iterationId: string, input: IterationUpdate): Promise<Iteration> {
    return this.dataSource.transaction(async (manager) => {
      const { agreement, iteration } = await this.find(manager, actor, agreementId, iterationId, 'agreement:write');
      const { signals, ...changes } = input;
      const { phase, decision, learning, ...content } = changes;
      const refusals = checkIterationChange(iteration, {
        ...(phase === undefined ? {} : { phase }),
        ...(decision === undefined ? {} : { decision }),
        ...(learning === undefined ? {} : { learning }),
        editsContent: Object.keys(content).length > 0,
      });
      if (refusals.some((refusal) => refusal.field === 'iteration'))
        throw new IterationError(IterationErrorCode.CLOSED, refusals[0]!.reason);
      if (refusals.length > 0) {
        throw new IterationError(
          IterationErrorCode.INVALID_CHANGE,
          refusals.map((refusal) => refusal.reason).join(' '),
          refusals.map((refusal) => ({
            name: `body.${refusal.field}`,
            reason: refusal.reason,
            code: 'invalid_change',
          })),
        );
      }
      if (input.clauseIds) assertClausesOf(iteration.version, input.clauseIds);
      assertNoIdentifiers({
        title: input.title,
        question: input.question,
        prediction: input.prediction,
        plan: input.plan,
        actions: input.actions,
        observations: input.observations,
        learning: input.learning,
      });
      const deciding = phase === 'decided' && iteration.phase !== 'decided';
      const decisionSignals = deciding
        ? await this.decisionSignals(manager, agreementId, iteration.id, signals ?? [])
        : assertNoSignals(signals);
      await this.iterations.update(manager, iteration.id, {
        ...changes,
        ...(decisionSignals ? { decisionSignals } : {}),
        ...(deciding && input.endDate === undefined && iteration.endDate === null
          ? { endDate: this.clock.now().toISOString().slice(0, 10) }
          : {}),
        updatedAt: this.clock.now(),
      });
      const stored = await this.iterations.get(manager, iteration.id);
      await this.agreements.log(manager, actor, 'update', agreement, 'agreement-iteration', stored);
      return toIteration(stored);
    });
  }

  /** The named signals as they are now in the iteration's measures; 422 naming each one that is not there. */
  private async decisionSignals(
    manager: EntityManager,
    agreementId: string,
    iterationId: string,
    named: readonly SignalKey[],
  ): Promise<DecisionSignal[]> {
    const { signals, refusals } = checkDecisionSignals(
      named,
      await this.measureSignals.ofIteration(manager, agreementId, iterationId),
    );
    if (refusals.length > 0) {
      throw new IterationError(
        IterationErrorCode.INVALID_REFERENCE,
        'Een besluit rust alleen op signalen die de maten van de iteratie nu tonen.',
        refusals.map((refusal) => ({
          name: `body.signals.${refusal.index}`,
          reason: refusal.reason,
          code: 'not_found',
        })),
      );
    }
    return signals;
  }

  private async find(
    manager: EntityManager,
    actor: Actor,
    agreementId: string,
    iterationId: string,
    act?: 'agreement:write',
  ) {
    const agreement = await this.agreements.findAgreement(manager, actor, agreementId, act);
    const iteration = await this.iterations.find(manager, agreementId, iterationId);
    if (!iteration) throw notFound();
    return { agreement, iteration };
  }
}

function assertClausesOf(version: AgreementVersionEntity, clauseIds: readonly string[]): void {
  const known = new Set(version.clauses.map((clause) => clause.id));
  const invalid = clauseIds.flatMap((id, index) =>
    known.has(id)
      ? []
      : [
          {
            name: `body.clauseIds.${index}`,
            reason: `Versie ${formatVersionNumber(version)} heeft geen artikel ${id}.`,
            code: 'not_found',
          },
        ],
  );
  if (invalid.length > 0)
    throw new IterationError(
      IterationErrorCode.INVALID_REFERENCE,
      'Een artikel hoort niet bij de geteste versie.',
      invalid,
    );
}

/** Signals are named with the decision, not before. */
function assertNoSignals(signals: readonly SignalKey[] | undefined): undefined {
  if (signals === undefined) return undefined;
  const reason = 'Signalen noem je bij het besluit: zet de fase op besloten.';
  throw new IterationError(IterationErrorCode.INVALID_CHANGE, reason, [
    { name: 'body.signals', reason, code: 'invalid_change' },
  ]);
}

const assertNoIdentifiers = identifierGuard(
  (findings) =>
    new IterationError(
      IterationErrorCode.IDENTIFIER_FOUND,
      'Een iteratie gaat over samenwerking, nooit over een persoon.',
      findings,
    ),
);
