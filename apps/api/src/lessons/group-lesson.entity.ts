import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LessonTheme, PositiveHealthDimensionCode } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CreatedAtColumn, UpdatedAtColumn, timestampColumnOptions } from '../common/columns.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { LessonEntity } from './lesson.entity.js';

/**
 * A lesson of a learning group: its own, or a copy of a bouwteam's lesson shared into it (with the source lesson and
 * bouwteam, never its cases). A withdrawn copy keeps its row (for the access log) but leaves the group.
 */
@Entity({ name: 'group_lesson' })
@Index(['learningGroupId', 'createdAt'])
@Index(['sharedFromLessonId'])
export class GroupLessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => LearningGroupEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'learning_group_id' })
  learningGroup: Relation<LearningGroupEntity>;

  @Column({ type: 'varchar', name: 'learning_group_id' })
  learningGroupId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'simple-json', name: 'session_ids' })
  sessionIds: string[];

  @Column({ type: 'simple-json' })
  dimensions: PositiveHealthDimensionCode[];

  @Column({ type: 'varchar', length: 40 })
  theme: LessonTheme;

  @ManyToOne(() => LessonEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'shared_from_lesson_id' })
  sharedFromLesson: Relation<LessonEntity> | null;

  @Column({ type: 'varchar', name: 'shared_from_lesson_id', nullable: true })
  sharedFromLessonId: string | null;

  @ManyToOne(() => BuildingTeamEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shared_from_team_id' })
  sharedFromTeam: Relation<BuildingTeamEntity> | null;

  @Column({ type: 'varchar', name: 'shared_from_team_id', nullable: true })
  sharedFromTeamId: string | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shared_by_id' })
  sharedBy: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', name: 'shared_by_id', nullable: true })
  sharedById: string | null;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'recorded_by_id' })
  recordedById: string;

  @Column(timestampColumnOptions({ name: 'withdrawn_at', nullable: true }))
  withdrawnAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
