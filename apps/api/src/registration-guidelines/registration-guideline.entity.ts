import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { GuidelineClause, GuidelineStatus } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CreatedAtColumn, timestampColumnOptions } from '../common/columns.js';

/** One version of a bouwteam's registratierichtlijn; at most one per bouwteam is in force. */
@Entity({ name: 'registration_guideline' })
@Index(['buildingTeamId', 'version'], { unique: true })
export class RegistrationGuidelineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => BuildingTeamEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'building_team_id' })
  buildingTeam: Relation<BuildingTeamEntity>;

  @Column({ type: 'varchar', name: 'building_team_id' })
  buildingTeamId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  status: GuidelineStatus;

  @Column({ type: 'simple-json' })
  clauses: GuidelineClause[];

  @Column({ type: 'text' })
  changelog: string;

  @Column({ type: 'simple-json', name: 'lesson_ids' })
  lessonIds: string[];

  @Column(timestampColumnOptions({ name: 'in_force_since', nullable: true }))
  inForceSince: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
