import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Lesson, LessonTheme, PositiveHealthDimensionCode } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';

/** Geleerde les. Links to cases and sessions are id lists, checked against the same bouwteam when written. */
@Entity({ name: 'lesson' })
@Index(['buildingTeamId', 'theme'])
// Made by migration 1796600000000-CaseListAndSearch (descending order, which TypeORM cannot describe).
@Index('IDX_lesson_team_created', { synchronize: false })
@Index('IDX_lesson_created', { synchronize: false })
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => BuildingTeamEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_team_id' })
  buildingTeam: Relation<BuildingTeamEntity>;

  @Column({ type: 'varchar', name: 'building_team_id' })
  buildingTeamId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'simple-json', name: 'case_ids' })
  caseIds: string[];

  @Column({ type: 'simple-json', name: 'session_ids' })
  sessionIds: string[];

  @Column({ type: 'simple-json' })
  dimensions: PositiveHealthDimensionCode[];

  @Column({ type: 'varchar', length: 40 })
  theme: LessonTheme;

  @Column({ type: 'varchar', length: 30, name: 'follow_up' })
  followUp: Lesson['followUp'];

  @Column({ type: 'varchar', length: 20 })
  status: Lesson['status'];

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'recorded_by_id' })
  recordedById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
