import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnOptions } from '../database/columns.js';

/** A failed sign-in, counted per account over 15 minutes to slow down guessing. */
@Entity({ name: 'login_failure' })
@Index(['email', 'occurredAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column(timestampColumnOptions({ name: 'occurred_at' }))
  occurredAt: Date;
}
