import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { timestampColumnOptions } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';
import { IntervisionSessionEntity } from './intervision-session.entity.js';

/** An input of a participant in one phase; in a private-then-reveal phase only its author sees it before the reveal. */
@Entity({ name: 'intervision_input' })
@Index(['sessionId', 'phase'])
export class IntervisionInputEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => IntervisionSessionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<IntervisionSessionEntity>;

  @Column({ type: 'varchar', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'integer' })
  phase: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'author_id' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @Column(timestampColumnOptions({ name: 'created_at' }))
  createdAt: Date;
}

/** A note of the session's note-taker on one phase. */
@Entity({ name: 'intervision_note' })
@Index(['sessionId', 'phase'])
export class IntervisionNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => IntervisionSessionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<IntervisionSessionEntity>;

  @Column({ type: 'varchar', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'integer' })
  phase: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'author_id' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @Column(timestampColumnOptions({ name: 'created_at' }))
  createdAt: Date;
}
