import { Module } from '@nestjs/common';
import { MembershipsRepository } from './memberships.repository.js';

/**
 * The memberships table on its own, with nothing it depends on: what signing in and the live-stream bookkeeping read
 * (AuthModule, LiveModule), so that MembershipsModule can use those without an import ring.
 */
@Module({
  providers: [MembershipsRepository],
  exports: [MembershipsRepository],
})
export class MembershipRecordsModule {}
