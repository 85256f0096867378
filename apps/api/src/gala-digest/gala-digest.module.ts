import { Module } from '@nestjs/common';
import { Mailer } from '../common/mailer.js';
import { GalaModule } from '../gala/gala.module.js';
import { GalaDigestController } from './gala-digest.controller.js';
import { GalaDigestRepository } from './gala-digest.repository.js';
import { GalaDigestService } from './gala-digest.service.js';
import { GalaDigestTimer } from './gala-digest-timer.js';

/** The daily e-mail with a coordinator's GALA alerts, for those who opt in. */
@Module({
  imports: [GalaModule],
  controllers: [GalaDigestController],
  providers: [GalaDigestRepository, GalaDigestService, GalaDigestTimer, Mailer],
  exports: [GalaDigestService, GalaDigestTimer],
})
export class GalaDigestModule {}
