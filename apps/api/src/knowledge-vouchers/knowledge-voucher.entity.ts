import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { StoredVoucherStatus } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';

/**
 * Kennisvoucher of a regional network (a bouwteam of the region). Hours are stored as whole quarter hours, amounts as
 * euro cents, dates as YYYY-MM-DD. `expired` is never stored: it is computed from `expiresOn` and the clock.
 */
@Entity({ name: 'knowledge_voucher' })
@Index(['regionId', 'status'])
@Index(['networkId'])
export class KnowledgeVoucherEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region: Relation<RegionEntity>;

  @Column({ type: 'varchar', name: 'region_id' })
  regionId: string;

  @ManyToOne(() => BuildingTeamEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network: Relation<BuildingTeamEntity>;

  @Column({ type: 'varchar', name: 'network_id' })
  networkId: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'varchar', length: 300 })
  expertise: string;

  @Column({ type: 'varchar', length: 20 })
  status: StoredVoucherStatus;

  @Column({ type: 'varchar', length: 200, name: 'expert_name', nullable: true })
  expertName: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_organisation_id' })
  expertOrganisation: Relation<OrganisationEntity> | null;

  @Column({ type: 'varchar', name: 'expert_organisation_id', nullable: true })
  expertOrganisationId: string | null;

  @Column({ type: 'integer', name: 'quarter_hours_granted', nullable: true })
  quarterHoursGranted: number | null;

  @Column({ type: 'integer', name: 'quarter_hours_used' })
  quarterHoursUsed: number;

  @Column({ type: 'integer', name: 'amount_granted_cents', nullable: true })
  amountGrantedCents: number | null;

  @Column({ type: 'integer', name: 'amount_used_cents' })
  amountUsedCents: number;

  @Column({ type: 'varchar', length: 10, name: 'requested_on' })
  requestedOn: string;

  @Column({ type: 'varchar', length: 10, name: 'granted_on', nullable: true })
  grantedOn: string | null;

  @Column({ type: 'varchar', length: 10, name: 'expires_on', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'varchar', length: 10, name: 'started_on', nullable: true })
  startedOn: string | null;

  @Column({ type: 'varchar', length: 10, name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Column({ type: 'text', name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'text', name: 'evaluation_benefit', nullable: true })
  evaluationBenefit: string | null;

  @Column({ type: 'integer', name: 'evaluation_score', nullable: true })
  evaluationScore: number | null;

  @Column({ type: 'varchar', length: 10, name: 'evaluated_on', nullable: true })
  evaluatedOn: string | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluated_by_id' })
  evaluatedBy: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', name: 'evaluated_by_id', nullable: true })
  evaluatedById: string | null;

  @Column({ type: 'varchar', name: 'created_by_id' })
  createdById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** A lesson of the learning cycle that came from a voucher's evaluation. */
@Entity({ name: 'knowledge_voucher_lesson' })
@Index(['lessonId'])
export class KnowledgeVoucherLessonEntity {
  @PrimaryColumn({ type: 'varchar', name: 'voucher_id' })
  voucherId: string;

  @PrimaryColumn({ type: 'varchar', name: 'lesson_id' })
  lessonId: string;

  @ManyToOne(() => KnowledgeVoucherEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voucher_id' })
  voucher: Relation<KnowledgeVoucherEntity>;

  @ManyToOne(() => LessonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id' })
  lesson: Relation<LessonEntity>;

  /** The order in the evaluation. */
  @Column({ type: 'integer' })
  position: number;
}
