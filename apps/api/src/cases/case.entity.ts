import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type {
  CaseStatus,
  LegalFramework,
  LifeDomain,
  OrganisationType,
  PositiveHealthDimensionCode,
} from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';

/**
 * A casus: about a situation, never a person. Lists of codes are JSON text, portable across both databases.
 * The indexes TypeORM cannot describe (descending order, GIN over expressions) are made by migration
 * 1796600000000-CaseListAndSearch of each database and only named here, so that the schema sync leaves them be. On
 * SQLite that migration also makes `case_search`, the FTS5 index of title and narrative, kept by triggers.
 */
@Entity({ name: 'case_record' })
@Index(['buildingTeamId', 'status'])
@Index('IDX_case_record_team_created', { synchronize: false })
@Index('IDX_case_record_team_status_created', { synchronize: false })
@Index('IDX_case_record_created', { synchronize: false })
@Index('IDX_case_record_title_search', { synchronize: false })
@Index('IDX_case_record_search', { synchronize: false })
@Index('IDX_case_record_life_domains', { synchronize: false })
@Index('IDX_case_record_legal_frameworks', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => BuildingTeamEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_team_id' })
  buildingTeam: Relation<BuildingTeamEntity>;

  @Column({ type: 'varchar', name: 'building_team_id' })
  buildingTeamId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'text', name: 'presenting_question', nullable: true })
  presentingQuestion: string | null;

  @Column({ type: 'simple-json', name: 'presenting_dimensions' })
  presentingDimensions: PositiveHealthDimensionCode[];

  @Column({ type: 'text', name: 'underlying_question', nullable: true })
  underlyingQuestion: string | null;

  @Column({ type: 'simple-json', name: 'underlying_dimensions' })
  underlyingDimensions: PositiveHealthDimensionCode[];

  /** The life domains of the presenting question (before there were two lists, the only one). */
  @Column({ type: 'simple-json', name: 'life_domains' })
  lifeDomains: LifeDomain[];

  @Column({ type: 'simple-json', name: 'underlying_life_domains', default: '[]' })
  underlyingLifeDomains: LifeDomain[];

  @Column({ type: 'integer', name: 'professionals_involved', nullable: true })
  professionalsInvolved: number | null;

  @Column({ type: 'simple-json', name: 'organisation_types_involved' })
  organisationTypesInvolved: OrganisationType[];

  @Column({ type: 'simple-json', name: 'legal_frameworks' })
  legalFrameworks: LegalFramework[];

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_director_organisation_id' })
  caseDirectorOrganisation: Relation<OrganisationEntity> | null;

  @Column({ type: 'varchar', name: 'case_director_organisation_id', nullable: true })
  caseDirectorOrganisationId: string | null;

  @Column({ type: 'varchar', length: 40, name: 'age_group', nullable: true })
  ageGroup: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  diagnosis: string | null;

  @Column({ type: 'varchar', length: 500, name: 'family_members', nullable: true })
  familyMembers: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: CaseStatus;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brought_in_by_id' })
  broughtInBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'brought_in_by_id' })
  broughtInById: string;

  @ManyToOne(() => OrganisationEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', name: 'organisation_id' })
  organisationId: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
