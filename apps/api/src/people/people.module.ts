import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { LiveModule } from '../auth/live.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleController } from './people.controller.js';
import { PeopleRecordsModule } from './people-records.module.js';
import { PeopleService } from './people.service.js';

/**
 * People and their accounts. Deactivating someone ends their sessions, tokens and live streams (LiveModule). The
 * repository lives in PeopleRecordsModule, which signing in and LiveModule import without this module.
 */
@Module({
  imports: [PeopleRecordsModule, OrganisationsModule, AccessLogModule, LiveModule],
  controllers: [PeopleController],
  providers: [PeopleService],
  exports: [PeopleRecordsModule],
})
export class PeopleModule {}
