import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UpdatedAtColumn } from '../common/columns.js';
import { PersonEntity } from '../people/person.entity.js';

/** A person's choice for the daily GALA e-mail, and the day it last went out (so a day never gets two). */
@Entity({ name: 'gala_digest_subscription' })
export class GalaDigestSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', name: 'person_id' })
  personId: string;

  @OneToOne(() => PersonEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<PersonEntity>;

  @Column({ type: 'boolean' })
  subscribed: boolean;

  /** The calendar day (in the Netherlands) of the last digest considered: sent, or nothing to report. */
  @Column({ type: 'varchar', length: 10, name: 'last_sent_on', nullable: true })
  lastSentOn: string | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
