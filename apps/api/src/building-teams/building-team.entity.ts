import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { TransformationTheme } from '@leerkring/domain';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity({ name: 'building_team' })
export class BuildingTeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  theme: TransformationTheme;

  @Column({ type: 'text', default: '' })
  description: string;

  /** A calendar date, kept as ISO text (YYYY-MM-DD) so both databases answer the same string. */
  @Column({ type: 'varchar', length: 10, name: 'start_date' })
  startDate: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Relation<OrganisationEntity>;

  @ManyToMany(() => OrganisationEntity)
  @JoinTable({
    name: 'building_team_partner',
    joinColumn: { name: 'building_team_id' },
    inverseJoinColumn: { name: 'organisation_id' },
  })
  partners: Relation<OrganisationEntity[]>;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
