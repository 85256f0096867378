import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

/** The one clock of the app, for every feature (tests move it forward). */
@Global()
@Module({ imports: [], providers: [Clock], exports: [Clock] })
export class ClockModule {}
