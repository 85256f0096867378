import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { LiveModule } from '../auth/live.module.js';
import { Mailer } from '../common/mailer.js';
import { PeopleModule } from '../people/people.module.js';
import { PasswordResetsController } from './password-resets.controller.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { PasswordResetsService } from './password-resets.service.js';

/** One-time links to set a new password, e-mailed over SMTP (or shown once to the administrator without it). */
@Module({
  imports: [AuthModule, LiveModule, PeopleModule, AccessLogModule],
  controllers: [PasswordResetsController],
  providers: [PasswordResetsService, PasswordResetsRepository, Mailer],
  exports: [],
})
export class PasswordResetsModule {}
