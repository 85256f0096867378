import { Global, Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { MembershipsModule } from '../memberships/memberships.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LiveFollowers } from './live-followers.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { LoginService } from './login.service.js';
import { PasswordVerifier } from './password-verifier.js';

/**
 * Signing in, sessions, API tokens and live streams: what every other feature relies on (the access guard, the
 * followers of live streams), hence global. It re-exports the access log, which every feature records in.
 */
@Global()
@Module({
  imports: [PeopleModule, MembershipsModule, AccessLogModule],
  controllers: [AuthController],
  providers: [
    PasswordVerifier,
    LiveFollowers,
    AuthService,
    LoginService,
    ApiTokensService,
    AuthSessionsRepository,
    ApiTokensRepository,
    LoginAttemptsRepository,
  ],
  exports: [AuthService, LiveFollowers, AuthSessionsRepository, ApiTokensRepository, AccessLogModule],
})
export class AuthModule {}
