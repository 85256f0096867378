import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Label, MethodPhase, SessionProgress, SessionStatus } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { CreatedAtColumn, UpdatedAtColumn, timestampColumnOptions } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';
import { IntervisionMethodEntity } from './intervision-method.entity.js';

/**
 * One intervision session of a bouwteam, or a meeting of a learning group (exactly one of the two, a CHECK constraint). The method's name and phases are copied when it is planned, so a later change
 * of the method leaves it alone. The progress (visits, reveals) is JSON; status is a column to filter on.
 */
@Entity({ name: 'intervision_session' })
@Index(['buildingTeamId', 'plannedDate'])
@Index(['learningGroupId', 'plannedDate'])
@Check('intervision_session_one_context', '(building_team_id IS NULL) <> (learning_group_id IS NULL)')
export class IntervisionSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => BuildingTeamEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_team_id' })
  buildingTeam: Relation<BuildingTeamEntity> | null;

  @Column({ type: 'varchar', name: 'building_team_id', nullable: true })
  buildingTeamId: string | null;

  @ManyToOne(() => LearningGroupEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'learning_group_id' })
  learningGroup: Relation<LearningGroupEntity> | null;

  @Column({ type: 'varchar', name: 'learning_group_id', nullable: true })
  learningGroupId: string | null;

  @ManyToOne(() => IntervisionMethodEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'method_id' })
  method: Relation<IntervisionMethodEntity>;

  @Column({ type: 'varchar', name: 'method_id' })
  methodId: string;

  @Column({ type: 'varchar', length: 60, name: 'method_code' })
  methodCode: string;

  @Column({ type: 'simple-json', name: 'method_name' })
  methodName: Label;

  @Column({ type: 'simple-json' })
  phases: MethodPhase[];

  @Column({ type: 'varchar', length: 10, name: 'planned_date' })
  plannedDate: string;

  @Column({ type: 'varchar', length: 20 })
  status: SessionStatus;

  @Column({ type: 'simple-json' })
  progress: Omit<SessionProgress, 'status'>;

  @Column({ type: 'simple-json', name: 'case_ids' })
  caseIds: string[];

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inbrenger_id' })
  inbrenger: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'inbrenger_id' })
  inbrengerId: string;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facilitator_id' })
  facilitator: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'facilitator_id' })
  facilitatorId: string;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'note_taker_id' })
  noteTaker: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'note_taker_id' })
  noteTakerId: string;

  @Column({ type: 'simple-json', name: 'participant_ids' })
  participantIds: string[];

  @Column(timestampColumnOptions({ name: 'started_at', nullable: true }))
  startedAt: Date | null;

  @Column(timestampColumnOptions({ name: 'ended_at', nullable: true }))
  endedAt: Date | null;

  @Column({ type: 'varchar', name: 'created_by_id' })
  createdById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
