import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GalaTaxonomyKind, Label } from '@leerkring/domain';
import { CreatedAtColumn, timestampColumnOptions } from '../common/columns.js';

/** An item of a GALA list (goal, chain approach, SPUK budget block). Retired, never deleted: plans keep using it. */
@Entity({ name: 'gala_taxonomy_item' })
export class GalaTaxonomyItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: GalaTaxonomyKind;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'simple-json' })
  label: Label;

  /** The order within the list: seeded items first, added ones after. */
  @Column({ type: 'integer' })
  position: number;

  @Column(timestampColumnOptions({ name: 'retired_at', nullable: true }))
  retiredAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
