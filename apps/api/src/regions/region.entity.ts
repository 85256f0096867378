import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @ManyToMany(() => OrganisationEntity)
  @JoinTable({
    name: 'region_municipality',
    joinColumn: { name: 'region_id' },
    inverseJoinColumn: { name: 'organisation_id' },
  })
  municipalities: Relation<OrganisationEntity[]>;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
