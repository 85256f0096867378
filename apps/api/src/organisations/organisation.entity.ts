import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType } from '@leerkring/domain';
import { CreatedAtColumn, UpdatedAtColumn } from '../common/columns.js';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  type: OrganisationType;

  @Column({ type: 'varchar', length: 8, name: 'kvk_number', nullable: true })
  kvkNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  oin: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
