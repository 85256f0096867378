import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ChainApproachStatus, GalaAction, GalaBudgetLine, GalaMilestone } from '@leerkring/domain';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { RegionEntity } from '../regions/region.entity.js';

/** The unique indexes that hold one plan per municipality and period (see the migration GalaPlanOnePerPeriod). */
export const galaPlanSubjectStartIndex = 'UQ_gala_plan_subject_start';
export const galaPlanSubjectEndIndex = 'UQ_gala_plan_subject_end';

/** An action as stored: the partner organisation by id (its name is read when answering). */
export type StoredGalaAction = Omit<GalaAction, 'partner'> & { partnerOrganisationId: string | null };
/** A progress note as stored, with who wrote it. */
export interface StoredProgressNote {
  id: string;
  date: string;
  text: string;
  authorId: string;
}

/**
 * GALA-plan of a municipality (or, without one, of the region as a whole). Its lists are replaced as a whole on every
 * change, so they are JSON columns; `revision` guards concurrent edits like an agreement version's.
 */
@Entity({ name: 'gala_plan' })
@Index(['regionId', 'municipalityId'])
// One plan per municipality and period: unique on (region, municipality or else region, start year) and on the end year,
// expression indexes written by hand in migration GalaPlanOnePerPeriod (TypeORM cannot describe them; it leaves them be).
@Index(galaPlanSubjectStartIndex, { synchronize: false })
@Index(galaPlanSubjectEndIndex, { synchronize: false })
export class GalaPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => RegionEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region: Relation<RegionEntity>;

  @Column({ type: 'varchar', name: 'region_id' })
  regionId: string;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Relation<OrganisationEntity> | null;

  @Column({ type: 'varchar', name: 'municipality_id', nullable: true })
  municipalityId: string | null;

  @Column({ type: 'integer', name: 'start_year' })
  startYear: number;

  @Column({ type: 'integer', name: 'end_year' })
  endYear: number;

  @Column({ type: 'simple-json' })
  goals: string[];

  @Column({ type: 'simple-json', name: 'chain_approaches' })
  chainApproaches: { code: string; status: ChainApproachStatus }[];

  @Column({ type: 'simple-json' })
  actions: StoredGalaAction[];

  @Column({ type: 'simple-json' })
  budget: GalaBudgetLine[];

  @Column({ type: 'simple-json', name: 'partner_ids' })
  partnerIds: string[];

  @Column({ type: 'simple-json' })
  milestones: GalaMilestone[];

  @Column({ type: 'simple-json', name: 'progress_notes' })
  progressNotes: StoredProgressNote[];

  @Column({ type: 'integer' })
  revision: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'created_by_id' })
  createdById: string;

  @Column({ type: 'varchar', name: 'updated_by_id' })
  updatedById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
