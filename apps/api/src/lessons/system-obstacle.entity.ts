import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LegalFramework, SystemObstacle } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';

/** Systeemhobbel met in cases of one bouwteam. */
@Entity({ name: 'system_obstacle' })
export class SystemObstacleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => BuildingTeamEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_team_id' })
  buildingTeam: Relation<BuildingTeamEntity>;

  @Column({ type: 'varchar', name: 'building_team_id' })
  buildingTeamId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 30, name: 'legal_framework', nullable: true })
  legalFramework: LegalFramework | null;

  @Column({ type: 'simple-json', name: 'case_ids' })
  caseIds: string[];

  @Column({ type: 'varchar', length: 20, name: 'escalation_status' })
  escalationStatus: SystemObstacle['escalationStatus'];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
