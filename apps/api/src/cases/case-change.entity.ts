import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { timestampColumnOptions } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';

/** One change of a case: who, when, which fields (the values live in the case; the history says what moved). */
@Entity({ name: 'case_change' })
@Index(['caseId', 'changedAt'])
export class CaseChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36, name: 'case_id' })
  caseId: string;

  @Column(timestampColumnOptions({ name: 'changed_at' }))
  changedAt: Date;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy: Relation<PersonEntity>;

  @Column({ type: 'varchar', name: 'changed_by_id' })
  changedById: string;

  @Column({ type: 'simple-json' })
  fields: string[];
}
