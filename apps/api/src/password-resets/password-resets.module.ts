import { Module } from '@nestjs/common';
import { Mailer } from '../common/mailer.js';
import { PasswordResetsController } from './password-resets.controller.js';
import { PasswordResetsService } from './password-resets.service.js';

/** One-time links to set a new password, e-mailed over SMTP (or shown once to the administrator without it). */
@Module({ controllers: [PasswordResetsController], providers: [PasswordResetsService, Mailer] })
export class PasswordResetsModule {}
