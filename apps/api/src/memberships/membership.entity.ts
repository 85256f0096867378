import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ContextType, Role } from '@leerkring/domain';
import { CreatedAtColumn } from '../database/columns.js';
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

  @CreatedAtColumn()
  createdAt: Date;
}
