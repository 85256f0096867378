import { Module } from '@nestjs/common';
import { MembershipRecordsModule } from '../memberships/membership-records.module.js';
import { PeopleRecordsModule } from '../people/people-records.module.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { LiveFollowers } from './live-followers.js';

/**
 * Sessions, API tokens and the followers of live streams: what a feature that ends someone's sign-ins or streams uses
 * (people, memberships, password resets) and what a feature with live streams uses (agreements, intervision). It
 * reads people and memberships from their record modules, not their feature modules, so those can import it back.
 */
@Module({
  imports: [PeopleRecordsModule, MembershipRecordsModule],
  providers: [LiveFollowers, AuthSessionsRepository, ApiTokensRepository],
  exports: [LiveFollowers, AuthSessionsRepository, ApiTokensRepository],
})
export class LiveModule {}
