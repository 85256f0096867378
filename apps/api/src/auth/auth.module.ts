import { Global, Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { MembershipRecordsModule } from '../memberships/membership-records.module.js';
import { MembershipsModule } from '../memberships/memberships.module.js';
import { PeopleRecordsModule } from '../people/people-records.module.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LiveModule } from './live.module.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { LoginService } from './login.service.js';
import { PasswordVerifier } from './password-verifier.js';

/**
 * Signing in, sessions and API tokens. Global because the access guard, which runs before every route of every module,
 * needs AuthService; the features list what they use themselves (LiveModule for sessions, tokens and live streams,
 * AccessLogModule for the access log).
 */
@Global()
@Module({
  imports: [PeopleRecordsModule, MembershipRecordsModule, MembershipsModule, AccessLogModule, LiveModule],
  controllers: [AuthController],
  providers: [PasswordVerifier, AuthService, LoginService, ApiTokensService, LoginAttemptsRepository],
  exports: [AuthService, LiveModule, AccessLogModule],
})
export class AuthModule {}
