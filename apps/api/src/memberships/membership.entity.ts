import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ContextType, MembershipStatus, Role } from '@leerkring/domain';
import { CreatedAtColumn, timestampColumnOptions } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';

/** One role of one person in one context; the context is a bouwteam, a learning group or a region. */
@Entity({ name: 'membership' })
@Index(['personId', 'contextType', 'contextId', 'role'], { unique: true })
@Index(['contextType', 'contextId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'person_id' })
  personId: string;

  @Column({ type: 'varchar', length: 20, name: 'context_type' })
  contextType: ContextType;

  @Column({ type: 'varchar', length: 36, name: 'context_id' })
  contextId: string;

  @Column({ type: 'varchar', length: 30 })
  role: Role;

  /** In a learning group: the region the person represents there (one of the group's regions); null elsewhere. */
  @Column({ type: 'varchar', length: 36, name: 'represents_region_id', nullable: true })
  representsRegionId: string | null;

  /** Only an active membership confers rights; a grant of a role that reads case narratives waits for a second administrator. */
  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: MembershipStatus;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy: Relation<PersonEntity> | null;

  /** The administrator who granted or asked for the role; null for memberships loaded directly (demo data). */
  @Column({ type: 'varchar', name: 'requested_by_id', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', name: 'decided_by_id', nullable: true })
  decidedById: string | null;

  @Column(timestampColumnOptions({ name: 'decided_at', nullable: true }))
  decidedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
