import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { RegionEntity } from '../regions/region.entity.js';

@Entity({ name: 'learning_group' })
export class LearningGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  theme: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Calendar dates, kept as ISO text (YYYY-MM-DD) so both databases answer the same string. */
  @Column({ type: 'varchar', length: 10, name: 'start_date', nullable: true })
  startDate: string | null;

  @Column({ type: 'varchar', length: 10, name: 'end_date', nullable: true })
  endDate: string | null;

  @ManyToMany(() => RegionEntity)
  @JoinTable({
    name: 'learning_group_region',
    joinColumn: { name: 'learning_group_id' },
    inverseJoinColumn: { name: 'region_id' },
  })
  regions: Relation<RegionEntity[]>;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
