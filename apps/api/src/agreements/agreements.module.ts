import { Module } from '@nestjs/common';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';

/** Bètaversie agreements of a bouwteam: versions, editing without losing work, consent of the partner organisations, diff. */
@Module({ controllers: [AgreementsController], providers: [AgreementsService] })
export class AgreementsModule {}
