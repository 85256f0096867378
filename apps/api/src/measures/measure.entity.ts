import type { BetterDirection, RunChartRuleSet } from '@leerkring/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { IterationEntity } from '../agreements/iteration.entity.js';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';

/** Maat: an indicator on an agreement or one of its iterations, measured over a period against a baseline. */
@Entity({ name: 'measure' })
@Index(['agreementId'])
@Index(['iterationId'])
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgreementEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement: Relation<AgreementEntity>;

  @Column({ type: 'varchar', name: 'agreement_id' })
  agreementId: string;

  @ManyToOne(() => IterationEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'iteration_id' })
  iteration: Relation<IterationEntity> | null;

  @Column({ type: 'varchar', name: 'iteration_id', nullable: true })
  iterationId: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ type: 'varchar', length: 50 })
  unit: string;

  @Column({ type: 'varchar', length: 10, name: 'better_direction' })
  betterDirection: BetterDirection;

  @Column({ type: 'varchar', length: 20, name: 'rule_set' })
  ruleSet: RunChartRuleSet;

  @Column({ type: 'varchar', length: 10, name: 'period_start' })
  periodStart: string;

  @Column({ type: 'varchar', length: 10, name: 'period_end' })
  periodEnd: string;

  @Column({ type: 'varchar', length: 10, name: 'baseline_start' })
  baselineStart: string;

  @Column({ type: 'varchar', length: 10, name: 'baseline_end' })
  baselineEnd: string;

  @Column({ type: 'simple-json', name: 'rebaseline_dates' })
  rebaselineDates: string[];

  @OneToMany(() => MeasurePointEntity, (point) => point.measure)
  points: Relation<MeasurePointEntity>[];

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'created_by_id' })
  createdById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** One data point of a measure: one per date. */
@Entity({ name: 'measure_point' })
@Index(['measureId', 'date'], { unique: true })
export class MeasurePointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => MeasureEntity, (measure) => measure.points, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure: Relation<MeasureEntity>;

  @Column({ type: 'varchar', name: 'measure_id' })
  measureId: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'text' })
  note: string;

  @CreatedAtColumn()
  createdAt: Date;
}
