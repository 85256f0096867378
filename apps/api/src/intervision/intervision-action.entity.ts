import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ActionStatus } from '@leerkring/domain';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';
import { IntervisionSessionEntity } from './intervision-session.entity.js';

/** An action agreed in a session; open ones reappear at the start of the bouwteam's next session. */
@Entity({ name: 'intervision_action' })
@Index(['sessionId', 'status'])
export class IntervisionActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => IntervisionSessionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<IntervisionSessionEntity>;

  @Column({ type: 'varchar', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'text' })
  what: string;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column({ type: 'varchar', length: 10, name: 'due_date' })
  dueDate: string;

  @Column({ type: 'varchar', length: 20 })
  status: ActionStatus;

  @Column({ type: 'varchar', name: 'created_by_id' })
  createdById: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
