import { Global, Module } from '@nestjs/common';
import { AccessLogController } from '../access-log/access-log.controller.js';
import { AccessLogService } from '../access-log/access-log.service.js';
import { Clock } from '../common/clock.js';
import { MembershipsController } from '../memberships/memberships.controller.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { PeopleController } from '../people/people.controller.js';
import { PeopleRepository } from '../people/people.repository.js';
import { PeopleService } from '../people/people.service.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LiveFollowers } from './live-followers.js';
import { PasswordVerifier } from './password-verifier.js';

/** People, their roles per context, signing in, and the access log: what every other feature relies on. */
@Global()
@Module({
  controllers: [AuthController, PeopleController, MembershipsController, AccessLogController],
  providers: [
    Clock,
    PasswordVerifier,
    LiveFollowers,
    AuthService,
    ApiTokensService,
    AccessLogService,
    MembershipsService,
    PeopleService,
    MembershipsRepository,
    PeopleRepository,
  ],
  exports: [Clock, AuthService, AccessLogService, LiveFollowers, MembershipsRepository, PeopleRepository],
})
export class AuthModule {}
