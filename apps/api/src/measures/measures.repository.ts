import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MeasureEntity, MeasurePointEntity } from './measure.entity.js';

const relations = { points: true, createdBy: true, agreement: true } as const;
const order = { points: { date: 'ASC' } } as const;

export type NewMeasure = Omit<
  MeasureEntity,
  'id' | 'agreement' | 'iteration' | 'points' | 'createdBy' | 'createdAt' | 'updatedAt'
>;
export type MeasureChanges = Partial<Omit<NewMeasure, 'agreementId' | 'iterationId' | 'createdById'>> & {
  updatedAt: Date;
};
export type NewMeasurePoint = Pick<MeasurePointEntity, 'measureId' | 'date' | 'value' | 'note'>;

/** Measures and their data points. */
@Injectable()
export class MeasuresRepository {
  /** The measures of an agreement (of one of its iterations when given), oldest first, with points by date. */
  ofAgreement(manager: EntityManager, agreementId: string, iterationId?: string): Promise<MeasureEntity[]> {
    return manager.getRepository(MeasureEntity).find({
      where: { agreementId, ...(iterationId ? { iterationId } : {}) },
      relations,
      order: { createdAt: 'ASC', id: 'ASC', ...order },
    });
  }

  find(manager: EntityManager, id: string): Promise<MeasureEntity | null> {
    return manager.getRepository(MeasureEntity).findOne({ where: { id }, relations, order });
  }

  async get(manager: EntityManager, id: string): Promise<MeasureEntity> {
    return manager.getRepository(MeasureEntity).findOneOrFail({ where: { id }, relations, order });
  }

  async insert(manager: EntityManager, measure: NewMeasure): Promise<string> {
    const { id } = await manager.getRepository(MeasureEntity).save(measure);
    return id;
  }

  async update(manager: EntityManager, id: string, changes: MeasureChanges): Promise<void> {
    await manager.getRepository(MeasureEntity).update({ id }, changes);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(MeasurePointEntity).delete({ measureId: id });
    await manager.getRepository(MeasureEntity).delete({ id });
  }

  async insertPoints(manager: EntityManager, points: readonly NewMeasurePoint[]): Promise<void> {
    if (points.length > 0) await manager.getRepository(MeasurePointEntity).insert([...points]);
  }

  async updatePoint(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<MeasurePointEntity, 'date' | 'value' | 'note'>>,
  ): Promise<void> {
    await manager.getRepository(MeasurePointEntity).update({ id }, changes);
  }

  async deletePoint(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(MeasurePointEntity).delete({ id });
  }
}
