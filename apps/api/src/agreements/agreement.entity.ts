import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AgreementVersionStatus, Clause, ConsentStance, DecisionRule } from '@leerkring/domain';
import { BuildingTeamEntity } from '../building-teams/building-team.entity.js';
import { LearningGroupEntity } from '../learning-groups/learning-group.entity.js';
import { CreatedAtColumn, UpdatedAtColumn, timestampColumnOptions } from '../common/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';

/**
 * Samenwerkingsafspraak of a bouwteam, or the shared talking document of a learning group (exactly one of the two, a
 * CHECK constraint in the migration); its text lives in its versions.
 */
@Entity({ name: 'agreement' })
@Index(['buildingTeamId'])
@Index(['learningGroupId'])
@Check('agreement_one_context', '(building_team_id IS NULL) <> (learning_group_id IS NULL)')
export class AgreementEntity {
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

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  scope: string;

  @Column({ type: 'simple-json', name: 'decision_rule' })
  decisionRule: DecisionRule;

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

/**
 * One version. `revision` goes up with every change and guards concurrent edits: an update names the revision it was
 * based on in its WHERE clause, and changes nothing when another came first.
 */
@Entity({ name: 'agreement_version' })
@Index(['agreementId', 'major', 'minor'], { unique: true })
@Index(['agreementId', 'status'])
export class AgreementVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgreementEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement: Relation<AgreementEntity>;

  @Column({ type: 'varchar', name: 'agreement_id' })
  agreementId: string;

  @Column({ type: 'integer' })
  major: number;

  @Column({ type: 'integer' })
  minor: number;

  @Column({ type: 'varchar', length: 20 })
  status: AgreementVersionStatus;

  @Column({ type: 'simple-json' })
  clauses: Clause[];

  @Column({ type: 'text' })
  changelog: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'integer', name: 'consent_round' })
  consentRound: number;

  @Column({ type: 'varchar', name: 'based_on_version_id', nullable: true })
  basedOnVersionId: string | null;

  @Column({ type: 'varchar', length: 10, name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column({ type: 'varchar', length: 10, name: 'valid_until', nullable: true })
  validUntil: string | null;

  @Column({ type: 'varchar', length: 10, name: 'review_date', nullable: true })
  reviewDate: string | null;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'created_by_id' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'updated_by_id' })
  updatedById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** One stance of a partner organisation in a consent round; never changed, a new stance is a new row. */
@Entity({ name: 'agreement_consent' })
@Index(['versionId', 'round'])
export class AgreementConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgreementVersionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version: Relation<AgreementVersionEntity>;

  @Column({ type: 'varchar', name: 'version_id' })
  versionId: string;

  @Column({ type: 'integer' })
  round: number;

  @ManyToOne(() => OrganisationEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', name: 'organisation_id' })
  organisationId: string;

  /** For a learning group's talking document: the region the stance is given for (one stance per region). */
  @Column({ type: 'varchar', length: 36, name: 'region_id', nullable: true })
  regionId: string | null;

  @Column({ type: 'varchar', length: 20 })
  stance: ConsentStance;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** The partner who gave it; null for a stance recorded without a person (imported, or the demo data). */
  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'given_by_id' })
  givenBy: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', name: 'given_by_id', nullable: true })
  givenById: string | null;

  /** The stance that counts for its organisation in its round; an earlier one is kept, no longer current. */
  @Column({ type: 'boolean' })
  current: boolean;

  @Column(timestampColumnOptions({ name: 'given_at' }))
  givenAt: Date;
}

/** One change of a version, kept for its history: who, when, which fields and which clauses. */
@Entity({ name: 'agreement_version_change' })
@Index(['versionId', 'revision'])
export class AgreementVersionChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => AgreementVersionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version: Relation<AgreementVersionEntity>;

  @Column({ type: 'varchar', name: 'version_id' })
  versionId: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'varchar', length: 20 })
  kind: 'created' | 'edited' | 'status';

  @Column({ type: 'simple-json' })
  fields: string[];

  @Column({ type: 'simple-json', name: 'clause_ids' })
  clauseIds: string[];

  @Column({ type: 'varchar', length: 20 })
  status: AgreementVersionStatus;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'changed_by_id' })
  changedById: string;

  @Column(timestampColumnOptions({ name: 'changed_at' }))
  changedAt: Date;
}
