import { Injectable } from '@nestjs/common';
import {
  MeasureError,
  MeasureErrorCode,
  formatVersionNumber,
  parseMeasureCsv,
  type Measure,
  type MeasureAnnotation,
  type MeasureCreate,
  type MeasureImport,
  type MeasureImportResult,
  type MeasurePointInput,
  type MeasurePointUpdate,
  type MeasureUpdate,
} from '@leerkring/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementAccess } from '../agreements/agreement-access.service.js';
import { AgreementVersionsRepository } from '../agreements/agreement-versions.repository.js';
import { contextOf } from '../agreements/agreements.mapper.js';
import { IterationsRepository } from '../agreements/iterations.repository.js';
import type { Actor } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { requireContextAccess } from '../common/team-access.js';
import type { MeasureEntity } from './measure.entity.js';
import { assertNoIdentifiers, assertPeriod, assertPoint } from './measure-refusals.js';
import { toMeasure } from './measures.mapper.js';
import { MeasuresRepository } from './measures.repository.js';

const measureNotFound = () => new MeasureError(MeasureErrorCode.NOT_FOUND, 'Deze maat bestaat niet.');
const pointNotFound = () => new MeasureError(MeasureErrorCode.POINT_NOT_FOUND, 'Dit meetpunt bestaat niet.');

/**
 * Measures on an agreement or an iteration, with their data points. Who may read or change them is the agreement's
 * question (a measure of another bouwteam is a 404). Measures hold counts about cooperation, no case data, so reading
 * them writes no access-log entry.
 */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly measures: MeasuresRepository,
    private readonly agreements: AgreementAccess,
    private readonly iterations: IterationsRepository,
    private readonly versions: AgreementVersionsRepository,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, query: { agreementId: string; iterationId?: string | undefined }): Promise<{ items: Measure[] }> {
    return this.dataSource.transaction(async (manager) => {
      await this.agreements.findAgreement(manager, actor, query.agreementId);
      if (query.iterationId && !(await this.iterations.findPlain(manager, query.agreementId, query.iterationId)))
        throw measureNotFound();
      const measures = await this.measures.ofAgreement(manager, query.agreementId, query.iterationId);
      const annotations = await this.annotations(manager, query.agreementId);
      return { items: measures.map((measure) => toMeasure(measure, annotations)) };
    });
  }

  get(actor: Actor, measureId: string): Promise<Measure> {
    return this.dataSource.transaction(async (manager) =>
      this.answer(manager, await this.find(manager, actor, measureId)),
    );
  }

  create(actor: Actor, input: MeasureCreate): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      await this.agreements.findAgreement(manager, actor, input.agreementId, 'agreement:write');
      if (input.iterationId && !(await this.iterations.findPlain(manager, input.agreementId, input.iterationId))) {
        throw new MeasureError(MeasureErrorCode.INVALID_REFERENCE, 'Deze iteratie hoort niet bij de afspraak.', [
          { name: 'body.iterationId', reason: 'Geen iteratie van deze afspraak.', code: 'not_found' },
        ]);
      }
      const rebaselineDates = [...new Set(input.rebaselines)].sort();
      assertPeriod({ ...input, rebaselines: rebaselineDates });
      assertNoIdentifiers({ name: input.name, definition: input.definition, unit: input.unit });
      const id = await this.measures.insert(manager, {
        agreementId: input.agreementId,
        iterationId: input.iterationId ?? null,
        name: input.name,
        definition: input.definition,
        unit: input.unit,
        betterDirection: input.betterDirection,
        ruleSet: input.ruleSet,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        baselineStart: input.baselineStart,
        baselineEnd: input.baselineEnd,
        rebaselineDates,
        createdById: actor.person.id,
      });
      return this.answer(manager, await this.measures.get(manager, id));
    });
  }

  update(actor: Actor, measureId: string, input: MeasureUpdate): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.find(manager, actor, measureId, true);
      const next = {
        periodStart: input.periodStart ?? measure.periodStart,
        periodEnd: input.periodEnd ?? measure.periodEnd,
        baselineStart: input.baselineStart ?? measure.baselineStart,
        baselineEnd: input.baselineEnd ?? measure.baselineEnd,
        rebaselines: [...new Set(input.rebaselines ?? measure.rebaselineDates)].sort(),
      };
      assertPeriod(next);
      const outside = measure.points.findIndex((point) => point.date < next.periodStart || point.date > next.periodEnd);
      if (outside >= 0) {
        const date = measure.points[outside]!.date;
        throw new MeasureError(
          MeasureErrorCode.INVALID_PERIOD,
          `Het meetpunt van ${date} valt dan buiten de meetperiode.`,
          [
            {
              name: date < next.periodStart ? 'body.periodStart' : 'body.periodEnd',
              reason: `Het meetpunt van ${date} valt dan buiten de meetperiode.`,
              code: 'invalid_period',
            },
          ],
        );
      }
      assertNoIdentifiers({ name: input.name, definition: input.definition, unit: input.unit });
      const { rebaselines, ...period } = next;
      const { name, definition, unit, betterDirection, ruleSet } = input;
      await this.measures.update(manager, measure.id, {
        ...Object.fromEntries(
          Object.entries({ name, definition, unit, betterDirection, ruleSet }).filter(
            ([, value]) => value !== undefined,
          ),
        ),
        ...period,
        rebaselineDates: rebaselines,
        updatedAt: this.clock.now(),
      });
      return this.answer(manager, await this.measures.get(manager, measure.id));
    });
  }

  delete(actor: Actor, measureId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.find(manager, actor, measureId, true);
      await this.measures.delete(manager, measure.id);
    });
  }

  addPoint(actor: Actor, measureId: string, input: MeasurePointInput): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.find(manager, actor, measureId, true);
      assertPoint(measure, new Set(measure.points.map((point) => point.date)), input);
      assertNoIdentifiers({ note: input.note });
      await this.measures.insertPoints(manager, [{ measureId: measure.id, ...input }]);
      await this.measures.update(manager, measure.id, { updatedAt: this.clock.now() });
      return this.answer(manager, await this.measures.get(manager, measure.id));
    });
  }

  updatePoint(actor: Actor, measureId: string, pointId: string, input: MeasurePointUpdate): Promise<Measure> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.find(manager, actor, measureId, true);
      const point = measure.points.find((candidate) => candidate.id === pointId);
      if (!point) throw pointNotFound();
      const others = new Set(measure.points.filter((other) => other.id !== pointId).map((other) => other.date));
      assertPoint(measure, others, { date: input.date ?? point.date, value: input.value ?? Number(point.value) });
      assertNoIdentifiers({ note: input.note });
      await this.measures.updatePoint(manager, point.id, input);
      await this.measures.update(manager, measure.id, { updatedAt: this.clock.now() });
      return this.answer(manager, await this.measures.get(manager, measure.id));
    });
  }

  deletePoint(actor: Actor, measureId: string, pointId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.find(manager, actor, measureId, true);
      if (!measure.points.some((point) => point.id === pointId)) throw pointNotFound();
      await this.measures.deletePoint(manager, pointId);
      await this.measures.update(manager, measure.id, { updatedAt: this.clock.now() });
    });
  }

  /** A preview with per-row errors; stored only when asked and every row is valid (all or nothing). */
  importPoints(actor: Actor, measureId: string, input: MeasureImport): Promise<MeasureImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const measure = await this.find(manager, actor, measureId, true);
      const rows = parseMeasureCsv(input.csv, measure, new Set(measure.points.map((point) => point.date)));
      for (const row of rows) {
        try {
          assertNoIdentifiers({ note: row.note });
        } catch {
          row.errors.push({ field: 'note', reason: 'De notitie lijkt een persoon te noemen; laat dat weg.' });
        }
      }
      const valid = rows.every((row) => row.errors.length === 0);
      if (input.dryRun) return { rows, valid, stored: false };
      if (!valid) {
        throw new MeasureError(
          MeasureErrorCode.INVALID_IMPORT,
          'Niet elke rij is goed; er is niets opgeslagen.',
          rows.flatMap((row) =>
            row.errors.map((error) => ({
              name: `body.csv.${row.line}.${error.field}`,
              reason: `Regel ${row.line}: ${error.reason}`,
              code: 'invalid_row',
            })),
          ),
        );
      }
      await this.measures.insertPoints(
        manager,
        rows.map((row) => ({ measureId: measure.id, date: row.date!, value: row.value!, note: row.note })),
      );
      await this.measures.update(manager, measure.id, { updatedAt: this.clock.now() });
      return {
        rows,
        valid,
        stored: true,
        measure: await this.answer(manager, await this.measures.get(manager, measure.id)),
      };
    });
  }

  /** A measure whose agreement the caller may read (else 404), and change when `write` (else 403). */
  private async find(manager: EntityManager, actor: Actor, measureId: string, write = false): Promise<MeasureEntity> {
    const measure = await this.measures.find(manager, measureId);
    if (!measure) throw measureNotFound();
    requireContextAccess({
      principal: actor.principal,
      context: contextOf(measure.agreement),
      read: 'agreement:read',
      ...(write ? { act: 'agreement:write' as const } : {}),
      notFound: measureNotFound,
    });
    return measure;
  }

  private async answer(manager: EntityManager, measure: MeasureEntity): Promise<Measure> {
    return toMeasure(measure, await this.annotations(manager, measure.agreementId));
  }

  /** The learning cycle's moments: versions put in force, iterations begun and decided. */
  private async annotations(manager: EntityManager, agreementId: string): Promise<MeasureAnnotation[]> {
    const [versions, iterations] = await Promise.all([
      this.versions.ofAgreement(manager, agreementId),
      this.iterations.ofAgreement(manager, agreementId),
    ]);
    const annotations: MeasureAnnotation[] = [
      ...versions.flatMap((version) =>
        version.validFrom
          ? [
              {
                date: version.validFrom,
                kind: 'version-in-force' as const,
                label: `v${formatVersionNumber(version)}`,
                versionId: version.id,
              },
            ]
          : [],
      ),
      ...iterations.flatMap((iteration) => [
        ...(iteration.startDate
          ? [
              {
                date: iteration.startDate,
                kind: 'iteration-start' as const,
                label: iteration.title,
                iterationId: iteration.id,
              },
            ]
          : []),
        ...(iteration.endDate
          ? [
              {
                date: iteration.endDate,
                kind: 'iteration-end' as const,
                label: iteration.title,
                iterationId: iteration.id,
              },
            ]
          : []),
      ]),
    ];
    return annotations.sort((a, b) => a.date.localeCompare(b.date));
  }
}
