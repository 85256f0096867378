import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Label, MethodPhase } from '@leerkring/domain';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';

/** An intervision method as data; its phases are JSON text, portable across both databases. */
@Entity({ name: 'intervision_method' })
export class IntervisionMethodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  code: string;

  @Column({ type: 'simple-json' })
  name: Label;

  @Column({ type: 'simple-json' })
  description: Label;

  @Column({ type: 'simple-json' })
  phases: MethodPhase[];

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
