import { Controller } from '@nestjs/common';
import {
  createMeasure,
  createMeasurePoint,
  deleteMeasure,
  deleteMeasurePoint,
  getMeasure,
  importMeasurePoints,
  listMeasures,
  updateMeasure,
  updateMeasurePoint,
  type OperationInput,
} from '@leerkring/domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/principal.js';
import { Endpoint, ValidInput } from '../common/http/operation.decorator.js';
import { MeasuresService } from './measures.service.js';

@Controller()
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Endpoint(listMeasures)
  list(@CurrentActor() actor: Actor, @ValidInput() { query }: OperationInput<typeof listMeasures>) {
    return this.measures.list(actor, query);
  }

  @Endpoint(getMeasure)
  get(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof getMeasure>) {
    return this.measures.get(actor, params.measureId);
  }

  @Endpoint(createMeasure)
  create(@CurrentActor() actor: Actor, @ValidInput() { body }: OperationInput<typeof createMeasure>) {
    return this.measures.create(actor, body);
  }

  @Endpoint(updateMeasure)
  update(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateMeasure>) {
    return this.measures.update(actor, params.measureId, body);
  }

  @Endpoint(deleteMeasure)
  delete(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof deleteMeasure>) {
    return this.measures.delete(actor, params.measureId);
  }

  @Endpoint(createMeasurePoint)
  addPoint(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof createMeasurePoint>) {
    return this.measures.addPoint(actor, params.measureId, body);
  }

  @Endpoint(updateMeasurePoint)
  updatePoint(@CurrentActor() actor: Actor, @ValidInput() { params, body }: OperationInput<typeof updateMeasurePoint>) {
    return this.measures.updatePoint(actor, params.measureId, params.pointId, body);
  }

  @Endpoint(deleteMeasurePoint)
  deletePoint(@CurrentActor() actor: Actor, @ValidInput() { params }: OperationInput<typeof deleteMeasurePoint>) {
    return this.measures.deletePoint(actor, params.measureId, params.pointId);
  }

  @Endpoint(importMeasurePoints)
  importPoints(
    @CurrentActor() actor: Actor,
    @ValidInput() { params, body }: OperationInput<typeof importMeasurePoints>,
  ) {
    return this.measures.importPoints(actor, params.measureId, body);
  }
}
