import { Module } from '@nestjs/common';
import { IntervisionMethodsController } from './intervision-methods.controller.js';
import { IntervisionMethodsService } from './intervision-methods.service.js';
import { IntervisionSessionsController } from './intervision-sessions.controller.js';
import { IntervisionSessionsService } from './intervision-sessions.service.js';
import { SessionEvents } from './session-events.js';

/** Intervision methods and guided sessions, with their live event streams. */
@Module({
  controllers: [IntervisionMethodsController, IntervisionSessionsController],
  providers: [IntervisionMethodsService, IntervisionSessionsService, SessionEvents],
})
export class IntervisionModule {}
