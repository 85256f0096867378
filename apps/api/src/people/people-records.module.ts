import { Module } from '@nestjs/common';
import { PeopleRepository } from './people.repository.js';

/**
 * The people table on its own, with nothing it depends on: what signing in and the live-stream bookkeeping read
 * (AuthModule, LiveModule), so that PeopleModule can use those without an import ring.
 */
@Module({
  providers: [PeopleRepository],
  exports: [PeopleRepository],
})
export class PeopleRecordsModule {}
