import type { DecisionSignal, IterationDecision, IterationPhase } from '@leerkring/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';
import { AgreementEntity, AgreementVersionEntity } from './agreement.entity.js';

/** Iteratie (actieonderzoek): one plan → act → observe → reflect cycle testing (clauses of) a version in practice. */
@Entity({ name: 'agreement_iteration' })
@Index(['agreementId'])
export class IterationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgreementEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement: Relation<AgreementEntity>;

  @Column({ type: 'varchar', name: 'agreement_id' })
  agreementId: string;

  @ManyToOne(() => AgreementVersionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version: Relation<AgreementVersionEntity>;

  @Column({ type: 'varchar', name: 'version_id' })
  versionId: string;

  @Column({ type: 'simple-json', name: 'clause_ids' })
  clauseIds: string[];

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text' })
  prediction: string;

  @Column({ type: 'text' })
  plan: string;

  @Column({ type: 'text' })
  actions: string;

  @Column({ type: 'text' })
  observations: string;

  @Column({ type: 'text' })
  learning: string;

  @Column({ type: 'varchar', length: 20 })
  phase: IterationPhase;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision: IterationDecision | null;

  /** The signals the decision rested on, as they were when deciding; null before (and for older decisions). */
  @Column({ type: 'simple-json', name: 'decision_signals', nullable: true })
  decisionSignals: DecisionSignal[] | null;

  @Column({ type: 'varchar', length: 10, name: 'start_date', nullable: true })
  startDate: string | null;

  @Column({ type: 'varchar', length: 10, name: 'end_date', nullable: true })
  endDate: string | null;

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
